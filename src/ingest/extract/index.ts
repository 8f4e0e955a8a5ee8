/**
 * Extraction: everything one article states, composed from small pure stages
 * (countries → people and roles → meetings → agreements). Deterministic and
 * offline; relative dates resolve against `doc.meta.publishedAt`.
 */
import type { Extraction, NormalizedDocument } from '../types.ts';
import { extractAgreements } from './agreements.ts';
import { readArticle } from './context.ts';
import { extractCountries, findCountryMentions, mainCountries } from './countries.ts';
import { extractMeetings } from './meetings.ts';
import { extractPeople } from './people.ts';

/**
 * Extracts people, countries, meetings and agreements from a normalized
 * document. Every fact carries the sentence(s) that state it. Relative dates
 * with no publication date produce a warning and no date.
 */
export function extract(doc: NormalizedDocument): Extraction {
  const ctx = readArticle(doc);
  const countryMentions = findCountryMentions(ctx);
  const { people, mentions } = extractPeople(ctx, countryMentions);
  const main = mainCountries(countryMentions, people.flatMap((p) => (p.countryCode ? [p.countryCode] : [])));
  const { meetings, sentencesOf } = extractMeetings(ctx, countryMentions, people, mentions);
  const agreements = extractAgreements(ctx, countryMentions, people, mentions, meetings, sentencesOf, main);
  return {
    people,
    countries: extractCountries(ctx, countryMentions),
    meetings,
    agreements,
    warnings: ctx.warnings,
  };
}
