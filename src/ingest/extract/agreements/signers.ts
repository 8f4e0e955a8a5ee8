/**
 * Who signs: the subject of a signing, the partners after "with", signatories and the sides they sign for.
 */
import { parseCount } from '../../text.ts';
import type { ExtractedPerson } from '../../types.ts';
import type { ReadSentence } from '../context.ts';
import type { CountryMention } from '../countries.ts';
import type { PersonMention } from '../people.ts';
import { TALKS_WINDOW } from './meetings.ts';
import { countriesIn, namedParties, partiesIn } from './parties.ts';
import { REPORTING_VERBS } from './phrases.ts';
import { ONE_OF_SIGNERS, type Signing } from './signing.ts';
import type { AgreementMention, Told } from './types.ts';

/** The two sides as a subject: "the two countries", "their governments", "officials from both sides". */
// The number is kept: "the three countries" are three, and may be the three sides of a meeting just told.
const TWO_SIDES = /\b(?:(?:the (two|three|four|five)|both) (?:countries|nations|sides|governments|states|leaders|neighbours|neighbors|presidents|ministers)|their (?:governments|countries|ministers|delegations)|they)\b/i;

/** A document named as the means of what its clause tells: "… under an agreement", "… pursuant to a treaty". */
const INSTRUMENT_OF_CLAUSE = /\b(?:under|pursuant to|in line with|by virtue of)\s+(?:(?:an?|the|its|their)\s+)?$/i;

/**
 * Who "the two countries", "the three leaders" or "they" are: the first of
 * the groups told just before (a meeting of this sentence or the last, the
 * parties of the signing just told) with as many sides as the subject
 * counts, else the article's main pair. "Muizzu visited China, where he held
 * talks with Xi, and the two countries signed 20 agreements": the meeting's
 * sides, not the story's pair.
 */
export function sidesNamed(subject: RegExpExecArray, groups: string[][], main: string[]): string[] {
  const n = subject[1] ? parseCount(subject[1]) : /^both\b/i.test(subject[0]) ? 2 : undefined;
  if (n !== undefined) return groups.find((g) => g.length === n) ?? main.slice(0, n === 2 ? 2 : Math.max(2, Math.min(n, main.length)));
  // "they" after a signing of three that holds the story's pair are those three ("In 2023, they signed the charter").
  const pair = main.slice(0, 2);
  return groups.find((g) => g.length > 2 && pair.length === 2 && pair.every((c) => g.includes(c))) ?? pair;
}

/** Words before a signing verb that make its subject witnesses, not signatories: "the two leaders witnessed the signing of". */
const WITNESSED_BEFORE = /\b(?:witness(?:ed|es|ing)?|attend(?:ed|s|ing)?|oversaw|oversee(?:s|ing)?|presided over|watched|look(?:ed)? on at)\s+(?:the\s+)?$/i;

/** What follows a signing verb that names who signed: "by", perhaps after where and when ("in Tokyo in March 2007 by"). */
// Commas may set off the date: "signed at the White House on September 15, 2020, by A and B".
// A month may be abbreviated: "signed on Oct. 26, 1998, by".
const SIGNED_BY = /^\s+(?:(?:in|on|at)\s+(?:[^;.()"“”]|(?<=\b[A-Z][a-z]{2,3})\.){1,60}?,?\s+)?by\s+/i;

/**
 * The parties of one signing: the subject that signs (before an active verb,
 * after "signed by", inside "that A and B signed"), partners after "with" or
 * "between", and countries in the agreement's name; "the two countries" or
 * "their governments" as the subject are the article's main pair.
 */
export function partiesOf(s: ReadSentence, phraseStart: number, phraseEnd: number, verb: Signing, countries: CountryMention[], mentions: PersonMention[], people: ExtractedPerson[], main: string[], groups: string[][] = []): { codes: string[]; signers: string[]; companies: boolean; partners: string[] } {
  // "signed by A and B", and with the place and date first: "signed in Arusha in November 1999 by A, B and C".
  // "witnessed the signing of the peace deal by A and B": the signers follow the document.
  // "witnessed the signing of a protocol between A and B, which was signed by X and Y": the relative clause names the signers.
  const signingOfBy = /^signing$/i.test(s.text.slice(verb.at, verb.end)) && verb.end <= phraseStart ? (/^\s+by\s+/i.exec(s.text.slice(phraseEnd)) ?? /^[^.;]{0,80}?,\s*which\s+(?:was|were)\s+(?:\w+\s+)?signed\s+by\s+/i.exec(s.text.slice(phraseEnd))) : null;
  // "welcomed the signing of a memorandum …, which A and B signed in New Delhi": the subject of the active relative clause signed.
  const nominal = /^signing$/i.test(s.text.slice(verb.at, verb.end)) && verb.end <= phraseStart;
  const whichSigned = nominal && !signingOfBy ? /^([^.;]{0,80}?,\s*which\s+)([^.;,]{3,160}?)\s+signed\b/i.exec(s.text.slice(phraseEnd)) : null;
  const by = SIGNED_BY.exec(s.text.slice(verb.end));
  const region = whichSigned
    ? { from: phraseEnd + whichSigned[1]!.length, to: phraseEnd + whichSigned[1]!.length + whichSigned[2]!.length }
    : signingOfBy
    ? { from: phraseEnd + signingOfBy[0].length, to: clauseEnd(s.text, phraseEnd + signingOfBy[0].length) }
    : by
    ? { from: verb.end + by[0].length, to: clauseEnd(s.text, verb.end + by[0].length) }
    : verb.after
      ? { from: phraseEnd, to: verb.at }
      : { from: clauseStart(s.text, verb.at), to: verb.at };
  // "… held talks with Xi in Beijing and the two countries signed six agreements": "the two countries" right before the verb is its whole subject.
  const sides = !signingOfBy && !by && !verb.after ? /\b(?:(?:the (?:two|three|four|five)|both) (?:countries|nations|sides|governments|states|neighbours|neighbors)|their (?:governments|countries))\s+(?:(?:also|then|later|jointly|\w+ly)\s+)?$/i.exec(s.text.slice(region.from, verb.at)) : null;
  if (sides) region.from += sides.index;
  // "where Erdoğan was one of four leaders, with A, B, and C, to sign": the "and" inside the list of the others opens no clause.
  const oneOf = !signingOfBy && !by && !verb.after ? ONE_OF_SIGNERS.exec(s.text.slice(Math.max(0, verb.at - 200), verb.at)) : null;
  if (oneOf) region.from = Math.min(region.from, clauseStart(s.text, Math.max(0, verb.at - 200) + oneOf.index));
  const subject = subjectParties(s, region, !signingOfBy && !whichSigned && !by && !verb.after, countries, mentions, people);
  let codes = [...subject.codes];
  // "signed a deal with Venezuela", "an agreement between X and Y": only right after the phrase, not "days after talks with Z".
  // The gap may hold a value ("worth $2.5 billion") but not another clause (", days after talks with …").
  const partnerAfter = (at: number) => {
    const m = /^(?:[^.;,]|[.,](?=\d)){0,40}?\b(?:with|between)\s+/i.exec(s.text.slice(at));
    return m ? at + m[0].length : undefined;
  };
  const partnerAt = partnerAfter(phraseEnd) ?? (verb.after ? partnerAfter(verb.end) : undefined);
  // Every counterpart listed after "with", when they are people: "with Swedish Prime Minister A and Icelandic Prime Minister B" (not "with Chinese and Russian firms").
  const listed = partnerAt === undefined ? undefined : partiesIn(s, partnerAt, Math.min(clauseEnd(s.text, partnerAt), partnerAt + 120), countries, mentions, people);
  const partners = listed && listed.signers.length >= 2 ? listed.codes : [];
  if (partnerAt !== undefined) {
    const from = partnerAt;
    // "with Brazil in 1999 and a VFA with Chile": the partner ends where another document joined by "and a" begins.
    const next = /,?\s+(?:and|as well as)\s+an?\s/i.exec(s.text.slice(from, from + 50));
    codes.push(...partiesIn(s, from, Math.min(s.text.length, from + (next?.index ?? 50)), countries, mentions, people).codes.slice(0, 2));
    // "France keeps troops there under an agreement with Ivory Coast signed in 1961": the clause's subject is the other side.
    if (verb.after && !by && new Set(codes).size < 2) codes.push(...partiesIn(s, clauseStart(s.text, phraseStart), phraseStart, countries, mentions, people).codes);
  }
  // "Britain leased the island to the US under an agreement signed in 1966", "France keeps troops in Djibouti under a treaty signed in 1977": the document is
  // the instrument of the clause, whose countries (the place and the recipient too) are its parties.
  if (verb.after && !by && partnerAt === undefined && new Set(codes).size < 2 && INSTRUMENT_OF_CLAUSE.test(s.text.slice(Math.max(0, phraseStart - 30), phraseStart))) {
    codes.push(...countriesIn(s, clauseStart(s.text, phraseStart), phraseStart, countries, mentions, people).codes);
  }
  codes.push(...namedParties(s, phraseStart, phraseEnd, countries));
  // "signed the X Declaration, committing the UK and France to …": those the document binds are its parties.
  const binds = /^[^.;,]{0,40}?,?\s+(?:which\s+|that\s+)?(?:commit(?:s|ting)|bind(?:s|ing)|oblig(?:es|ing))\s+/i.exec(s.text.slice(phraseEnd));
  if (binds && new Set(codes).size < 2) codes.push(...partiesIn(s, phraseEnd + binds[0].length, Math.min(s.text.length, phraseEnd + binds[0].length + 40), countries, mentions, people).codes.slice(0, 2));
  codes = [...new Set(codes)];
  const subjectText = s.text.slice(region.from, region.to);
  const named = TWO_SIDES.exec(subjectText);
  if (named && (codes.length < 2 || (named[1] !== undefined && codes.length < parseCount(named[1])!))) codes = [...new Set([...codes, ...sidesNamed(named, groups, main)])];
  const witnesses = WITNESSED_BEFORE.test(s.text.slice(Math.max(0, verb.at - 30), verb.at)) || /^(?:witness|oversaw|attended)/i.test(s.text.slice(verb.at, verb.end));
  // "the treaty that Albanese signed with Tuvalu's prime minister Natano": the subject of an active relative clause signed, and so did the person it was signed with.
  const relative = verb.after && !by && /^[\s,]*(?:that|which)\s/i.test(s.text.slice(phraseEnd, verb.at));
  // "Albanese also signed a security agreement with Papua New Guinea Prime Minister James Marape": the person it was signed with signed too.
  // Several counterparts ("with A's leader and B's leader") are several documents, one signed with each (see `partners`): none is added here.
  const withSigners = [...subject.signers, ...(listed?.signers.length === 1 ? listed.signers : []).filter((n) => !subject.signers.includes(n))];
  // "Starmer has sealed a deal to sell jets": who seals, clinches or strikes a deal made it, and its signers are told apart, if at all.
  const madeTheDeal = !by && !verb.after && /^(?:sealed|clinched|struck)$/i.test(s.text.slice(verb.at, verb.end));
  const signers = signingOfBy || whichSigned ? subject.signers : relative && !witnesses ? withSigners : (verb.after && !by) || witnesses || madeTheDeal ? [] : subject.signers.length > 0 && !by ? withSigners : subject.signers;
  return { codes, signers, companies: subject.companies && codes.length === 0, partners };
}

/**
 * The parties of a signing's subject. "Manila, which signed a defence treaty
 * with Washington in 1951, signed …": before an active verb, a relative
 * clause set off by commas tells another signing, and its countries are not
 * the subject's.
 */
function subjectParties(s: ReadSentence, region: { from: number; to: number }, active: boolean, countries: CountryMention[], mentions: PersonMention[], people: ExtractedPerson[]): ReturnType<typeof partiesIn> {
  const aside = active ? /,\s+(?:which|who)\b[^,;]*,/i.exec(s.text.slice(region.from, region.to)) : null;
  if (!aside) return partiesIn(s, region.from, region.to, countries, mentions, people);
  const at = region.from + aside.index;
  const [head, tail] = [partiesIn(s, region.from, at, countries, mentions, people), partiesIn(s, at + aside[0].length, region.to, countries, mentions, people)];
  return { codes: [...new Set([...head.codes, ...tail.codes])], signers: [...new Set([...head.signers, ...tail.signers])], companies: head.companies || tail.companies };
}

/** A verb of saying and the start of the clause it reports: "said the company had signed", "announced that Peru and Chile signed". */
const REPORTED_CLAUSE = new RegExp(`\\b${REPORTING_VERBS}\\s+(?:that\\s+)?(?=(?:the|its|his|her|their|both)\\b|[A-Z])`, 'g');

/** Start of the clause a verb is in: after "when", "where", "after which", "and then" or a semicolon before it. */
export function clauseStart(text: string, at: number): number {
  const before = text.slice(0, at);
  // ", and the two countries signed …" and "… before Blinken and Daki signed …" open a clause with a subject of its own.
  // "the two presidents watched as executives of X signed …": those who watched are witnesses, the signers come after "as".
  // "In the presence of A and B, ministers signed …": a fronted phrase of witnesses is no part of the subject.
  const marks = [...before.matchAll(/(?:\b(?:when|where|after which|while|whereas|before|after)\b|\b(?:watched|looked on|looking on|stood by|applauded)\s+as\b|\b(?:in the presence of|witnessed by|under the auspices of)\b[^,;]*,|;|,\s+and\b)/gi)].map((m) => (m.index ?? 0) + m[0].length);
  // "… since Fiji signed a pact with China": a conjunction before a capitalised subject opens a clause of its own (not "since 2015").
  // "X met investors and said the company had signed …": after a verb of saying, the reported clause has a subject of its own.
  for (const m of before.matchAll(REPORTED_CLAUSE)) marks.push((m.index ?? 0) + m[0].length);
  for (const m of before.matchAll(/\b(?:[Ss]ince|[Bb]ecause|[Aa]lthough|[Tt]hough|[Oo]nce|[Uu]ntil|[Uu]nless)\s+(?=(?:the\s+)?[A-Z])/g)) marks.push((m.index ?? 0) + m[0].length);
  return marks.length > 0 ? Math.max(...marks) : 0;
}

/**
 * End of a "signed by …" list: the next comma-led clause ("…, according to"),
 * a phrase of circumstance ("after mediation by the Pope", "in the presence
 * of the two leaders"), a semicolon or the sentence end.
 */
function clauseEnd(text: string, from: number): number {
  // ", with A and B acting as guarantors": a comma-led "with" after the signers is a circumstance, not more signers.
  // ", while the then trade secretary, X, followed the ceremony by video link": a clause of its own, with its own subject.
  const m = /,\s+(?:according|who|which|when|where|as|after|said|with|while|whereas)\b|\s(?:after|before|following|during|under|witnessed by|in the presence of)\s|;/i.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/**
 * Who "the two ministers", "the two countries" or "they" are when they sign:
 * the two parties of a signing told a few sentences before (the anaphor
 * points back to them) when it shares a side with the article's main pair,
 * else the main pair.
 */
export function twoSides(before: AgreementMention[], sentence: number, main: string[]): string[] {
  const pair = main.slice(0, 2);
  const told = [...before].reverse().find((m) => m.signing && m.parties.length === 2 && sentence - m.sentence <= TALKS_WINDOW && m.parties.some((c) => pair.includes(c)));
  return told ? [...new Set([...told.parties, ...main])] : main;
}

/**
 * The side a signer of unstated country signs for, from a signing told
 * before: of a document between two parties signed by them and a signer of
 * known country, they signed for the other party ("A and Norway's B signed
 * a Norway-Ukraine agreement … A also signed agreements with C and D").
 */
export function sidesOfSigners(done: Told[], people: ExtractedPerson[]): Map<string, string> {
  const sides = new Map<string, string>();
  const countryOf = (n: string) => people.find((x) => x.name === n)?.countryCode;
  for (const { agreement: a } of done) {
    if (a.parties.length !== 2 || a.signatories.length !== 2) continue;
    const [x, y] = a.signatories as [string, string];
    for (const [unknown, known] of [[x, y], [y, x]] as const) {
      const code = countryOf(known);
      if (countryOf(unknown) || !code || !a.parties.includes(code) || sides.has(unknown)) continue;
      sides.set(unknown, a.parties.find((c) => c !== code)!);
    }
  }
  return sides;
}
