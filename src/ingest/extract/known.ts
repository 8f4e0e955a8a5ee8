/**
 * Known-people stage: people the graph already holds from earlier articles,
 * found in an article that names them by surname alone ("Lavrov held talks
 * with …"). News introduces a person once, in the first story about them;
 * later stories often take the name as known. Without this stage such a
 * surname is just a capitalised word, and its meetings are lost.
 */
import { foldName, surnameKey } from '../../people/names.ts';
import type { ExtractedPerson } from '../types.ts';
import type { ArticleContext } from './context.ts';
import type { CountryMention } from './countries.ts';
import { nameWords } from './people.ts';

/** A person known to the graph, as the pipeline hands it to extraction. */
export interface KnownPerson {
  name: string;
  aliases: readonly string[];
  countryCode?: string | null;
}

/** Surnames shorter than this are too often initials or other words to trust on their own. */
const MIN_SURNAME_LENGTH = 3;

/**
 * The known people this article names by surname and does not introduce
 * itself. A surname that two known people share is ambiguous and names
 * neither; a word that is part of a name the article introduces, or of a
 * country mention ("Jordan"), is that name or country, not a known person.
 */
export function findKnownPeople(
  ctx: ArticleContext,
  introduced: readonly ExtractedPerson[],
  countries: readonly CountryMention[],
  known: readonly KnownPerson[],
): ExtractedPerson[] {
  if (known.length === 0) return [];
  const introducedWords = new Set(introduced.flatMap((p) => [p.name, ...p.aliases].flatMap(nameWords)));
  const owners = new Map<string, KnownPerson[]>();
  for (const person of known) {
    const key = surnameKey(person.name);
    if (key.length < MIN_SURNAME_LENGTH || introducedWords.has(key)) continue;
    owners.set(key, [...(owners.get(key) ?? []), person]);
  }
  const found = new Map<string, ExtractedPerson>();
  for (const sentence of ctx.sentences) {
    const inCountry = (start: number) => countries.some((c) => c.sentence === sentence.index && start >= c.start && start < c.end);
    for (const token of sentence.tokens) {
      if (!token.word || !token.capitalized || inCountry(token.start)) continue;
      const candidates = owners.get(foldName(token.text));
      if (!candidates || candidates.length !== 1) continue;
      const person = candidates[0]!;
      if (found.has(person.name)) continue;
      found.set(person.name, {
        name: person.name,
        aliases: [...person.aliases],
        countryCode: person.countryCode ?? undefined,
        roles: [],
        firstMention: sentence.span,
      });
    }
  }
  return [...found.values()];
}

/** The folded capitalised words of a text: the keys to look known people up by. */
export function surnameCandidates(text: string): string[] {
  const words = new Set<string>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}\p{M}'’-]+/gu)) {
    const key = foldName(m[0]);
    if (key.length >= MIN_SURNAME_LENGTH && !key.includes(' ')) words.add(key);
  }
  return [...words];
}
