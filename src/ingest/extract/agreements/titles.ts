/**
 * Documents named by their titles: capitalised titles after a signing verb, instrument titles ("the X Charter"), short names defined in brackets, and where a title ends.
 */
import type { ReadSentence } from '../context.ts';
import type { CountryMention } from '../countries.ts';
import type { PersonMention } from '../people.ts';
import { NOUN } from './kinds.ts';
import type { Phrase } from './phrases.ts';
import type { Signing } from './signing.ts';

/**
 * A document named only by its title right after a signing verb: "signed the
 * Plan of Action for the Implementation of the Strategic Partnership", "signed
 * a Plan of Consultations",
 * "signed in Baghdad the "Agreed Minutes"". The title is two or more
 * capitalised words (with "of", "for", "and", "the" between) that name no
 * person and no country.
 */
const TITLE_AFTER_VERB = /^\s+(?:in\s+\p{Lu}[\p{L}-]*\s+)?(the|an?)\s+["“]?((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:(?:of|for|on|and|the|between)\s+)*(?:\p{Lu}[\p{L}'’-]*|\d{4}(?:-\d{4})?))+)["”]?/u;

/** A title in quotation marks right after a signing verb, in any case: 'the two governments signed a "strategic economic partnership."' */
const QUOTED_AFTER_VERB = /^\s+(the|an?)\s+["“](\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,7})[.,]?["”]/u;

/** Documents named by a capitalised or quoted title right after a signing verb (see TITLE_AFTER_VERB, QUOTED_AFTER_VERB). */
export function titledDocuments(s: ReadSentence, verbs: Signing[], mentions: PersonMention[], countries: CountryMention[]): { phrase: Phrase; end: number }[] {
  const out: { phrase: Phrase; end: number }[] = [];
  for (const v of verbs) {
    if (/^(?:signing|exchange)$/i.test(s.text.slice(v.at, v.end))) continue;
    const m = TITLE_AFTER_VERB.exec(s.text.slice(v.end)) ?? QUOTED_AFTER_VERB.exec(s.text.slice(v.end));
    if (!m) continue;
    const title = m[2]!;
    const start = v.end + m[0].length - title.length - (/["”]$/.test(m[0]) ? 1 : 0);
    const end = start + title.length;
    if (mentions.some((p) => p.sentence === s.index && p.start < end && start < p.end)) continue;
    // "signed the United Arab Emirates …": a country is no title.
    if (countries.some((c) => c.sentence === s.index && c.start <= start && c.end >= end)) continue;
    out.push({ phrase: { det: m[1]!.toLowerCase(), modifiers: [], noun: title, start: start - (/["“]/.test(s.text[start - 1] ?? '') ? 1 : 0) }, end });
  }
  return out;
}

/**
 * A title in capitals headed by a word that names an instrument only as part
 * of a name: "the Brasilia Presidential Act", "the Lomé Charter", "a Joint
 * Action Plan", "the Accra Roadmap". Such a phrase is a document only when
 * it is signed between states (not a law "signed into law").
 */
const INSTRUMENT_TITLE = /\b([Tt]he|[Aa]n?)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,5}(?:Act|Charter|Plan|Programme|Program|Roadmap|Arrangement|Minutes|Compact|Covenant|Framework))\b/gu;

/** Instrument titles of a sentence (see INSTRUMENT_TITLE): documents only once states are found to sign them. */
export function instrumentTitles(s: ReadSentence, mentions: PersonMention[], countries: CountryMention[]): { phrase: Phrase; end: number }[] {
  const out: { phrase: Phrase; end: number }[] = [];
  for (const m of s.text.matchAll(INSTRUMENT_TITLE)) {
    const start = m.index! + m[0].length - m[2]!.length;
    // "The Plan" opening a sentence with nothing after it names nothing in particular.
    if (!/\s/.test(m[2]!) && !/^\s+(?:of|on|for|between)\s+\p{Lu}/u.test(s.text.slice(m.index! + m[0].length))) continue;
    const head = m.index! + m[0].length;
    if (mentions.some((p) => p.sentence === s.index && p.start < head && start < p.end)) continue;
    if (countries.some((c) => c.sentence === s.index && c.start <= start && c.end >= head)) continue;
    // "a Programme of Cooperation in Culture for 2024-2027": the title runs on after its head.
    const end = titleEnd(s, head, mentions);
    out.push({ phrase: { det: m[1]!.toLowerCase(), modifiers: [], noun: m[2]!, start: m.index!, named: true, instrument: true }, end });
  }
  return out;
}

/** An agreement noun phrase with its short name in brackets: "Comprehensive Economic Partnership Agreement (CEPA)". */
const ACRONYM_DEFINED = new RegExp(`\\b(${NOUN})\\s*\\(([A-Za-z]{2,8})\\)`, 'gi');

/** A short name in capitals: "CEPA", "RAA", "MoU" (the flag-insensitive match above cannot tell). */
const ACRONYM = /^[A-Z][A-Za-z]?[A-Z]{1,6}s?$/;

/** The short names the article gives its documents, each with the noun it stands for ("CEPA" → "Agreement"). */
export function documentAcronyms(texts: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of texts) for (const m of text.matchAll(ACRONYM_DEFINED)) if (ACRONYM.test(m[2]!) && !found.has(m[2]!) && !/^mous?$/i.test(m[2]!)) found.set(m[2]!, m[1]!);
  return found;
}

/** "The CEPA was signed in February 2022 by …": a short name defined earlier names its document again. */
export function acronymPhrases(text: string, acronyms: Map<string, string>): { phrase: Phrase; end: number }[] {
  const out: { phrase: Phrase; end: number }[] = [];
  for (const [acronym, noun] of acronyms) {
    for (const m of text.matchAll(new RegExp(`\\b(the|this|that|an?)\\s+${acronym}\\b(?!\\s*\\))`, 'gi'))) {
      // The short name keeps its capitals: "the CEPA", not "the cepa".
      if (!m[0].endsWith(acronym)) continue;
      // "signed a VFA with the US in 1998 and a SOVFA with Australia in 2007": with "a", the short name of a kind of document names another one of that kind.
      const indefinite = /^an?$/i.test(m[1]!);
      out.push({ phrase: { det: m[1], modifiers: [acronym.toLowerCase()], noun, start: m.index!, named: !indefinite }, end: m.index! + m[0].length });
    }
  }
  return out;
}

/**
 * The end of a document's capitalised title that runs on after its noun:
 * "Treaty on Allied Relations between the Republic of A and the Republic of
 * B", "Agreement between the Government of A and the Government of B" (up
 * to the first lower-case word: "… on the supply of fuel"). A person named
 * there is no part of the title.
 */
export function titleEnd(s: ReadSentence, end: number, mentions: PersonMention[]): number {
  if (!/(?:^|[^\p{L}])\p{Lu}\p{L}*$/u.test(s.text.slice(0, end))) return end;
  const m = /^\s+(?:of|on|for|between)\s+(?:(?:the|of|on|for|and|between|in)\s+)*(?:\p{Lu}[\p{L}'’.-]*|\d+(?:[–-]\d+)?)(?:\s+(?:(?:the|of|on|for|and|between|in)\s+)*(?:\p{Lu}[\p{L}'’.-]*|\d+(?:[–-]\d+)?))*/u.exec(s.text.slice(end));
  if (!m) return end;
  let to = end + m[0].length;
  const person = mentions.filter((p) => p.sentence === s.index && p.start >= end && p.start < to).sort((a, b) => a.start - b.start)[0];
  if (person) to = end + s.text.slice(end, person.start).replace(/\s+(?:(?:the|of|on|for|and|between|in)\s+)*$/, '').length;
  return to;
}
