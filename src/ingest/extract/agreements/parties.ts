/**
 * Parties of a signing: the countries of a stretch of a sentence that sign
 * (not places, brokers or the owners of private firms), the countries named
 * in a document's own name, and the completion of parties from the meeting
 * it was signed at or the article's main pair.
 */
import { findCountryWord } from '../../../countries/catalog.ts';
import type { ExtractedMeeting, ExtractedPerson } from '../../types.ts';
import type { ReadSentence } from '../context.ts';
import type { CountryMention } from '../countries.ts';
import type { PersonMention } from '../people.ts';

/** Words before a country that make it a place, not a party: "a military presence in Greenland". */
export const LOCATIVE_BEFORE = /\b(?:in|at|into|across|near|over|throughout|inside|to|from)\s+(?:the\s+)?$/i;

/** A country named as a broker after the document: "a deal with Togo brokered by Nigeria", "signed under the mediation of Qatar". */
export const BROKER_BEFORE = /\b(?:(?:brokered|mediated|hosted|backed|sponsored|facilitated|guaranteed|witnessed)\s+by|(?:mediation|auspices|sponsorship)\s+of)\s+(?:the\s+)?(?:\p{L}+\s+){0,2}$/iu;

/** A country named as a broker, not a party: "the China-brokered agreement". */
export const BROKER_AFTER = /^-(?:brokered|mediated|backed|led|sponsored|hosted)\b/i;

/** Countries of a region of a sentence (its subject), by name, demonym, capital or through the people named there. */
export function countriesIn(sentence: ReadSentence, from: number, to: number, countries: CountryMention[], mentions: PersonMention[], people: ExtractedPerson[]): { codes: string[]; signers: string[] } {
  const codes: string[] = [];
  const signers: string[] = [];
  for (const c of countries) if (c.sentence === sentence.index && c.start >= from && c.end <= to && !codes.includes(c.code)) codes.push(c.code);
  const found: { at: number; person: ExtractedPerson }[] = [];
  for (const m of mentions) {
    if (m.sentence !== sentence.index || m.start < from || m.end > to || m.quoted) continue;
    if (/^(?:'s|’s)/.test(sentence.text.slice(m.end))) continue;
    found.push({ at: m.start, person: people[m.person]! });
  }
  found.push(...namedAgain(sentence.text, from, to, people, found.map((f) => f.person)));
  for (const { person: p } of found.sort((a, b) => a.at - b.at)) {
    if (!signers.includes(p.name)) signers.push(p.name);
    if (p.countryCode && !codes.includes(p.countryCode)) codes.push(p.countryCode);
  }
  return { codes, signers };
}

/**
 * People named a second time in one sentence, where the mentions list only
 * the first: "Erdogan hosted Mohamud and Prime Minister Abiy Ahmed in
 * Ankara, where Mohamud and Abiy signed the declaration". A form is the
 * full name, an alias or the first word of the name, and counts only when
 * no other person has it.
 */
function namedAgain(text: string, from: number, to: number, people: ExtractedPerson[], already: ExtractedPerson[]): { at: number; person: ExtractedPerson }[] {
  const region = text.slice(from, to);
  const out: { at: number; person: ExtractedPerson }[] = [];
  for (const { person: p, forms } of ownFormsOf(people)) {
    if (already.includes(p)) continue;
    for (const { form, re } of forms) {
      const m = re.exec(region);
      // "Erdogan's visit": a possessive names no signer.
      if (!m || /^(?:'s|’s)/.test(region.slice(m.index + form.length))) continue;
      out.push({ at: from + m.index, person: p });
      break;
    }
  }
  return out;
}

/** The forms of each person no other person has, with their patterns, worked out once per list of people (`namedAgain` runs for every region a party is read from). */
const ownForms = new WeakMap<ExtractedPerson[], { size: number; forms: { person: ExtractedPerson; forms: { form: string; re: RegExp }[] }[] }>();

/** The forms (full name, aliases, first word) each person alone has, in the order `namedAgain` tries them. */
function ownFormsOf(people: ExtractedPerson[]): { person: ExtractedPerson; forms: { form: string; re: RegExp }[] }[] {
  const known = ownForms.get(people);
  if (known && known.size === people.length) return known.forms;
  const formsOf = (p: ExtractedPerson) => [p.name, ...p.aliases, ...(p.name.includes(' ') ? [p.name.split(/\s+/)[0]!] : [])].filter((f) => /^\p{Lu}/u.test(f));
  const owners = new Map<string, Set<ExtractedPerson>>();
  for (const p of people) for (const f of formsOf(p)) owners.set(f, new Set([...(owners.get(f) ?? []), p]));
  const forms = people.map((person) => ({
    person,
    forms: formsOf(person)
      .filter((f) => owners.get(f)!.size === 1)
      .map((form) => ({ form, re: new RegExp(`(?<![\\p{L}'’-])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}'’-])`, 'u') })),
  }));
  ownForms.set(people, { size: people.length, forms });
  return forms;
}

/** Countries of a region of a sentence that sign: not places ("in Greenland"), not brokers ("China-brokered"). */
export function partiesIn(s: ReadSentence, from: number, to: number, countries: CountryMention[], mentions: PersonMention[], people: ExtractedPerson[]): { codes: string[]; signers: string[]; companies: boolean } {
  const found = countriesIn(s, from, to, countries, mentions, people);
  const inside = countries.filter((c) => c.sentence === s.index && c.start >= from && c.end <= to);
  const company = inside.filter(
    (c) =>
      PRIVATE_COMPANY_AFTER.test(s.text.slice(c.end)) ||
      PRIVATE_COMPANIES_OF.test(s.text.slice(c.end)) ||
      (c.kind !== 'demonym' && PRIVATE_BODY_OF_CITY.test(s.text.slice(c.end))) ||
      (c.kind === 'demonym' && describesPrivatePerson(s, c, mentions, people)),
  );
  const excluded = inside
    .filter((c) => LOCATIVE_BEFORE.test(s.text.slice(Math.max(0, c.start - 20), c.start)) || BROKER_AFTER.test(s.text.slice(c.end)) || BROKER_BEFORE.test(s.text.slice(Math.max(0, c.start - 40), c.start)) || company.includes(c))
    .map((c) => c.code);
  const kept = inside.filter((c) => !excluded.includes(c.code)).map((c) => c.code);
  const codes = found.codes.filter((c) => !excluded.includes(c) || kept.includes(c));
  // Companies sign alone when a company's country was named, no state body was, and no other country is left.
  const companies = company.length > 0 && codes.length === 0 && !STATE_BODY.test(s.text.slice(from, to));
  return { codes, signers: found.signers, companies };
}

/** Nouns of private bodies a place or country is the home of: companies, and the clubs and labels of sport and entertainment. */
const PRIVATE_BODY = '(?:carrier|airline|company|firm|group|conglomerate|manufacturer|maker|planemaker|carmaker|automaker|bank|lender|operator|producer|developer|giant|start-?up|retailer|insurer|shipbuilder|miner|brewer|club|team|studio|label|band|broadcaster|publisher)';

/** A country named as the owner of a private company: "Vietnam's low-cost carrier", "Ghana's biggest brewer" (not "state-run", "national"). */
export const PRIVATE_COMPANY_AFTER = new RegExp(`^['’]s\\s+(?:(?!state|national|government|public)[a-z-]+\\s+){0,3}${PRIVATE_BODY}\\b`, 'i');

/** A demonym naming private companies' nationality: "with Chinese and Russian firms", "Turkish defence companies" (not "state-owned"). */
export const PRIVATE_COMPANIES_OF = /^(?:\s+and\s+\p{Lu}\p{L}+)?\s+(?:(?!state|national|government|public)[a-z-]+\s+){0,2}(?:firms|companies|corporations|businesses|investors|banks|lenders|groups|conglomerates|manufacturers|makers|carriers|airlines)\b/u;

/** A city naming a private body's home: "the London club", "the Tokyo-based firm", "a Seoul start-up". */
export const PRIVATE_BODY_OF_CITY = new RegExp(`^(?:-based)?\\s+(?:(?!state|national|government|public|city|municipal)[a-z-]+\\s+){0,2}${PRIVATE_BODY}\\b`, 'u');

/**
 * "Brazilian forward Lucas Moreira": a demonym before a lower-case
 * description and a person who holds no title tells that person's
 * nationality, not a state that signs (the guidelines' private signer, like
 * a company's nationality). "Brazilian Foreign Minister X" has a title.
 */
function describesPrivatePerson(s: ReadSentence, c: CountryMention, mentions: PersonMention[], people: ExtractedPerson[]): boolean {
  const described = /^\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}/u.exec(s.text.slice(c.end));
  if (!described) return false;
  const at = c.end + described[0].length;
  // The mention may hold only part of the name ("Lucas Moreira" mentioned as "Moreira"): only capitalised words lie between.
  const mention = mentions.find((m) => m.sentence === s.index && m.start >= at && /^(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u.test(s.text.slice(at, m.start)));
  return mention !== undefined && (people[mention.person]?.roles.length ?? 1) === 0;
}

/** Words naming a state body among signers: a ministry, a government, a state-run firm. */
export const STATE_BODY = /\b(?:ministry|ministries|ministers?|government|governments|state-(?:run|owned|controlled|backed)|national|agency|authority|department|officials?|president|prime minister|two countries|two sides)\b/i;

/** Countries named in the agreement's own name: "United States-Mexico-Canada Agreement", "US-Danish defence agreement". */
export function namedParties(s: ReadSentence, phraseStart: number, nounEnd: number, countries: CountryMention[]): string[] {
  // A year may stand in the name: "the Saudi-Japanese Vision 2030 document".
  const name = /(?:(?:\p{Lu}[\p{L}.]*|(?:19|20)\d\d|of|the)[\s-]+){1,8}$/u.exec(s.text.slice(Math.max(0, phraseStart - 60), phraseStart));
  const from = name ? phraseStart - name[0].length : phraseStart;
  // "the Ankara Declaration", "the Lombok Treaty": a city in a document's name is where it was signed, not a party ("the Washington-Tokyo accord" is read below).
  const city = (c: CountryMention) => (c.kind === 'capital' || c.kind === 'seat') && !/-$/.test(s.text.slice(0, c.start)) && !/^-/.test(s.text.slice(c.end));
  const codes = countries.filter((c) => c.sentence === s.index && c.start >= from && c.end <= nounEnd && !BROKER_AFTER.test(s.text.slice(c.end)) && !city(c)).map((c) => c.code);
  // Names joined by hyphens are one word to the country scanner: read them part by part.
  if (name && /-/.test(name[0])) codes.push(...hyphenatedCountries(name[0]));
  return [...new Set(codes)];
}

/** Countries named in a hyphenated compound: "United States-Mexico-Canada" → US, MX, CA; "China-brokered" gives none. */
export function hyphenatedCountries(text: string): string[] {
  const parts = text.trim().split('-');
  const codes: string[] = [];
  parts.forEach((part, i) => {
    if (i + 1 < parts.length && /^(?:brokered|mediated|backed|led|sponsored|hosted)\b/i.test(parts[i + 1]!)) return;
    const words = part.trim().split(/\s+/);
    // The country is at the joint: the last words of the part before a hyphen, the first words after one.
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const candidates = [words.slice(-n).join(' '), words.slice(0, n).join(' ')];
      const word = candidates.map((c) => findCountryWord(c)).find((w) => w !== undefined && (w.kind === 'name' || w.kind === 'demonym' || w.kind === 'alias'));
      if (word) {
        codes.push(word.code);
        break;
      }
    }
  });
  return codes;
}

/**
 * Parties when the text names fewer than two: the countries of the people at
 * the meeting it was signed at, then the article's main pair when what was
 * found belongs to that pair (a bilateral story's agreements are the pair's).
 */
export function completeParties(found: string[], meeting: ExtractedMeeting | undefined, people: ExtractedPerson[], main: string[], signatories: string[] = [], sides = new Map<string, string>()): string[] {
  // Each signatory signs for a country: "signed by Sisi, Sudan's then-President al-Bashir and then-Ethiopian Prime Minister Hailemariam".
  const signedFor = signatories.map((n) => people.find((x) => x.name === n)?.countryCode ?? sides.get(n)).filter((c): c is string => c !== undefined);
  let parties = [...new Set([...found, ...(found.length > 0 ? signedFor : [])])];
  if (parties.length < 2 && meeting) {
    const codes = meeting.participants.map((p) => people.find((x) => x.name === p.name)?.countryCode).filter((c): c is string => c !== undefined);
    parties = [...new Set([...parties, ...codes])];
  }
  const pair = main.slice(0, 2);
  if (parties.length < 2 && pair.length === 2 && parties.every((c) => pair.includes(c))) parties = [...pair];
  return parties.sort();
}
