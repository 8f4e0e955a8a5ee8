/**
 * Extraction: everything one article states, composed from replaceable stages
 * (people and roles → meetings → agreements; countries are read from the text
 * alone). Deterministic and offline by default; relative dates resolve
 * against `doc.meta.publishedAt`.
 *
 * ## The stage contract
 *
 * Each stage is a function from the normalized document and what the stages
 * before it found (`Found`) to its own slice of `Extraction`:
 *
 * | stage        | receives                     | returns                 |
 * |--------------|------------------------------|-------------------------|
 * | `people`     | the document                 | `ExtractedPerson[]`     |
 * | `meetings`   | + `people`                   | `ExtractedMeeting[]`    |
 * | `agreements` | + `people`, `meetings`       | `ExtractedAgreement[]`  |
 *
 * The output must keep the invariants of `types.ts`: participant and
 * signatory names equal the `name` of a returned person, `meetingIndex`
 * indexes the `meetings` given, every fact carries the exact sentence(s) of
 * `doc.sentences` that state it (`quote` and `position` in `doc.body`), and
 * dates are `PartialDate`s at the precision the text supports. A stronger
 * extractor (a language model behind an HTTP endpoint, say) implements any
 * subset of `ExtractionStages`, async if it likes, and runs through
 * `extractWith(doc, { ...ruleStages, meetings: myStage })`; the rule stages
 * after it read its output as if they had found it themselves (people are
 * found again in the text by their names, meetings by their source
 * sentences). `resolve` and `load` see only the final `Extraction`, so
 * nothing downstream changes.
 */
import type { ExtractedAgreement, ExtractedMeeting, ExtractedPerson, Extraction, NormalizedDocument } from '../types.ts';
import { extractAgreements } from './agreements.ts';
import { readArticle, type ArticleContext } from './context.ts';
import { extractCountries, findCountryMentions, mainCountries, type CountryMention } from './countries.ts';
import { extractMeetings } from './meetings.ts';
import { dateMeetingsBySignings } from './occasions.ts';
import { findKnownPeople, type KnownPerson } from './known.ts';
import { extractPeople, findMentions, type PersonMention } from './people.ts';

/** What extraction may know beyond the article itself. */
export interface ExtractOptions {
  /** People the graph holds from earlier articles (see known.ts); none for a database-free run. */
  knownPeople?: readonly KnownPerson[];
}

/** What the stages before a stage found. */
export interface Found {
  people: ExtractedPerson[];
  meetings: ExtractedMeeting[];
}

/** The replaceable stages of extraction; each may answer synchronously or with a promise. */
export interface ExtractionStages {
  /** Named people with their roles (title, country, source sentence). */
  people(doc: NormalizedDocument): ExtractedPerson[] | Promise<ExtractedPerson[]>;
  /** Meetings between two or more of `found.people`. */
  meetings(doc: NormalizedDocument, found: Pick<Found, 'people'>): ExtractedMeeting[] | Promise<ExtractedMeeting[]>;
  /** Signed agreements; `meetingIndex` points into `found.meetings`. */
  agreements(doc: NormalizedDocument, found: Found): ExtractedAgreement[] | Promise<ExtractedAgreement[]>;
}

/** The shared reading of one document the rule stages use, computed once per document. */
interface Reading {
  ctx: ArticleContext;
  countries: CountryMention[];
}

const readings = new WeakMap<NormalizedDocument, Reading>();

function reading(doc: NormalizedDocument): Reading {
  let r = readings.get(doc);
  if (!r) {
    const ctx = readArticle(doc);
    r = { ctx, countries: findCountryMentions(ctx) };
    readings.set(doc, r);
  }
  return r;
}

/** Where each person is mentioned: the rule stage's own list when it found the people, else found again by name. */
const mentionsFound = new WeakMap<ExtractedPerson[], PersonMention[]>();

function mentionsOf(r: Reading, people: ExtractedPerson[]): PersonMention[] {
  return mentionsFound.get(people) ?? findMentions(r.ctx, people);
}

/** Country mentions that are not part of a person's name ("Luís Montenegro" names no country). */
function outsideNames(countries: CountryMention[], mentions: PersonMention[]): CountryMention[] {
  return countries.filter((c) => !mentions.some((m) => m.sentence === c.sentence && m.start < c.end && m.end > c.start));
}

/** The sentence indexes each meeting was told in, from its sources. */
function sentencesOfMeetings(r: Reading, meetings: ExtractedMeeting[]): number[][] {
  return meetings.map((m) => m.sources.map((s) => r.ctx.sentences.findIndex((x) => x.start === s.position)).filter((i) => i >= 0));
}

/** The deterministic, offline rule stages (compromise, chrono-node, world-countries). */
export const ruleStages = {
  people(doc: NormalizedDocument): ExtractedPerson[] {
    const r = reading(doc);
    const { people, mentions } = extractPeople(r.ctx, r.countries);
    mentionsFound.set(people, mentions);
    return people;
  },
  meetings(doc: NormalizedDocument, found: Pick<Found, 'people'>): ExtractedMeeting[] {
    const r = reading(doc);
    const mentions = mentionsOf(r, found.people);
    return extractMeetings(r.ctx, outsideNames(r.countries, mentions), found.people, mentions).meetings;
  },
  agreements(doc: NormalizedDocument, found: Found): ExtractedAgreement[] {
    const r = reading(doc);
    const mentions = mentionsOf(r, found.people);
    const countries = outsideNames(r.countries, mentions);
    const byMentions = mainCountries(countries, found.people.flatMap((p) => (p.countryCode ? [p.countryCode] : [])));
    const main = mainPair(found.meetings, found.people, byMentions);
    return extractAgreements(r.ctx, countries, found.people, mentions, found.meetings, sentencesOfMeetings(r, found.meetings), main);
  },
} satisfies ExtractionStages;

/** Puts the stages' slices together: countries, warnings, and meetings dated by the signings told at them. */
function assemble(doc: NormalizedDocument, people: ExtractedPerson[], meetings: ExtractedMeeting[], agreements: ExtractedAgreement[]): Extraction {
  const r = reading(doc);
  return {
    people,
    countries: extractCountries(r.ctx, r.countries),
    meetings: dateMeetingsBySignings(meetings, agreements),
    agreements,
    warnings: r.ctx.warnings,
  };
}

/**
 * Extracts people, countries, meetings and agreements from a normalized
 * document with the rule stages. Every fact carries the sentence(s) that
 * state it. Relative dates with no publication date produce a warning and
 * no date.
 */
export function extract(doc: NormalizedDocument, options: ExtractOptions = {}): Extraction {
  const people = addKnownPeople(doc, ruleStages.people(doc), options.knownPeople);
  const meetings = ruleStages.meetings(doc, { people });
  const agreements = ruleStages.agreements(doc, { people, meetings });
  return assemble(doc, people, meetings, agreements);
}

/**
 * Extracts with the given stages, any of which may be asynchronous (a model
 * behind HTTP). Stages left out are the rule stages.
 */
export async function extractWith(doc: NormalizedDocument, stages: Partial<ExtractionStages>, options: ExtractOptions = {}): Promise<Extraction> {
  const s: ExtractionStages = { ...ruleStages, ...stages };
  const people = addKnownPeople(doc, await s.people(doc), options.knownPeople);
  const meetings = await s.meetings(doc, { people });
  const agreements = await s.agreements(doc, { people, meetings });
  return assemble(doc, people, meetings, agreements);
}

/**
 * The people stage's people plus the graph's known people whom the article
 * names by surname alone (see known.ts), whichever stage found the rest.
 */
function addKnownPeople(doc: NormalizedDocument, people: ExtractedPerson[], known: readonly KnownPerson[] = []): ExtractedPerson[] {
  if (known.length === 0) return people;
  const r = reading(doc);
  const found = findKnownPeople(r.ctx, people, r.countries, known);
  return found.length === 0 ? people : [...people, ...found];
}

/**
 * The article's main countries, its pair first: the countries of the people
 * at the first meeting between two countries (what "the two countries" of a
 * bilateral story means), then the countries most mentioned.
 */
function mainPair(meetings: ExtractedMeeting[], people: ExtractedPerson[], byMentions: string[]): string[] {
  const countryOf = (name: string) => people.find((p) => p.name === name)?.countryCode;
  const codesOf = (m: ExtractedMeeting) => [...new Set(m.participants.map((p) => countryOf(p.name)).filter((c): c is string => c !== undefined))];
  const rank = (c: string) => (byMentions.includes(c) ? byMentions.indexOf(c) : byMentions.length);
  for (const m of meetings) {
    const codes = codesOf(m);
    if (codes.length >= 2) {
      // A host with two guests ("A hosted B and C", one meeting or one per guest told in the same sentence): the pair is the two the article names most.
      const first = m.sources[0]?.position;
      const occasion = [...new Set([...codes, ...meetings.filter((o) => o.sources[0]?.position === first).flatMap(codesOf)])];
      const pair = occasion.length > 2 ? [...occasion].sort((a, b) => rank(a) - rank(b)) : occasion;
      return [...new Set([...pair.slice(0, 2), ...byMentions])];
    }
    if (codes.length === 1 && m === meetings[0]) {
      // One side of the lead meeting is known: the other is the most mentioned other country.
      const other = byMentions.find((c) => c !== codes[0]);
      return [...new Set([codes[0]!, ...(other ? [other] : []), ...byMentions])];
    }
  }
  return byMentions;
}
