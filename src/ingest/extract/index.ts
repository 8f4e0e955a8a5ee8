/**
 * Extraction: everything one article states, composed from small pure stages
 * (countries → people and roles → meetings → agreements). Deterministic and
 * offline; relative dates resolve against `doc.meta.publishedAt`.
 */
import type { ExtractedMeeting, ExtractedPerson, Extraction, NormalizedDocument } from '../types.ts';
import { extractAgreements } from './agreements.ts';
import { readArticle } from './context.ts';
import { extractCountries, findCountryMentions, mainCountries } from './countries.ts';
import { extractMeetings } from './meetings.ts';
import { dateMeetingsBySignings } from './occasions.ts';
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
  const byMentions = mainCountries(countryMentions, people.flatMap((p) => (p.countryCode ? [p.countryCode] : [])));
  const { meetings, sentencesOf } = extractMeetings(ctx, countryMentions, people, mentions);
  const main = mainPair(meetings, people, byMentions);
  const agreements = extractAgreements(ctx, countryMentions, people, mentions, meetings, sentencesOf, main);
  return {
    people,
    countries: extractCountries(ctx, countryMentions),
    meetings: dateMeetingsBySignings(meetings, agreements),
    agreements,
    warnings: ctx.warnings,
  };
}

/**
 * The article's main countries, its pair first: the countries of the people
 * at the first meeting between two countries (what "the two countries" of a
 * bilateral story means), then the countries most mentioned.
 */
function mainPair(meetings: ExtractedMeeting[], people: ExtractedPerson[], byMentions: string[]): string[] {
  const countryOf = (name: string) => people.find((p) => p.name === name)?.countryCode;
  for (const m of meetings) {
    const codes = [...new Set(m.participants.map((p) => countryOf(p.name)).filter((c): c is string => c !== undefined))];
    if (codes.length >= 2) return [...new Set([...codes.slice(0, 2), ...byMentions])];
    if (codes.length === 1 && m === meetings[0]) {
      // One side of the lead meeting is known: the other is the most mentioned other country.
      const other = byMentions.find((c) => c !== codes[0]);
      return [...new Set([codes[0]!, ...(other ? [other] : []), ...byMentions])];
    }
  }
  return byMentions;
}
