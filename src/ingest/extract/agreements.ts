/**
 * Agreements stage: signings ("signed agreements Thursday on …", "signed a
 * strategic partnership treaty", "signed 11 agreements", "signed about 260
 * cooperation agreements in the last 18 years"), completed by later
 * references ("the 17 agreements"). Parties are the countries that sign, never
 * every country named; totals over many years get a span and no date.
 */
import { COUNT_PATTERN, parseCount } from '../text.ts';
import type { AgreementKind, ExtractedAgreement, ExtractedMeeting, ExtractedPerson, PartialDate } from '../types.ts';
import { warn, type ArticleContext, type ReadSentence } from './context.ts';
import type { CountryMention } from './countries.ts';
import { findDates } from './dates.ts';
import type { PersonMention } from './people.ts';
import { findTopics, TOPIC_CUE } from './topics.ts';

const SIGN_VERB = /\b(?:sign(?:ed|s|ing)?|inked|concluded|clinched|struck)\b/i;
const NOUN = '(?:treat(?:y|ies)|agreements?|accords?|deals?|pacts?|contracts?|memorand(?:um|a|ums)|MoUs?|protocols?|conventions?)';
const APPROX = '(?:about|around|some|nearly|almost|more than|over|roughly|approximately|at least|up to|close to)';

/** A noun phrase naming agreements: "[about] [260] [cooperation] agreements". */
const NOUN_PHRASE = new RegExp(
  `\\b(?:(the|this|that|these|a|an)\\s+)?(?:(${APPROX})\\s+)?(?:(${COUNT_PATTERN})\\s+)?((?:[a-z][a-z-]+\\s+){0,3}?)(${NOUN})\\b`,
  'gi',
);

/** Words that cannot modify an agreement noun: verbs, determiners and the like caught by the lazy modifier group. */
const NOT_MODIFIER = /^(?:this|that|signed|sign|signs|have|has|had|were|was|are|is|be|been|the|a|an|and|or|of|in|on|to|with|such|fourth|first|other|similar|several|two|would|will|also|its|their|his|her|new|these|those|all|any)$/i;

const TWO_COUNTRIES = /\b(?:the two|both) (?:countries|nations|sides|governments|states|leaders)\b/i;

interface AgreementMention {
  sentence: number;
  kind: AgreementKind;
  title: string;
  definite: boolean;
  signing: boolean;
  count?: number;
  approximate: boolean;
  plural: boolean;
  date?: PartialDate;
  span?: { fromYear: number; toYear: number };
  parties: string[];
  signatories: string[];
  valueUsd?: number;
  topics: string[];
}

/** Kind from the noun: several documents signed together are a PACKAGE, one document keeps its own kind. */
function kindOf(noun: string, count: number | undefined): AgreementKind {
  const n = noun.toLowerCase();
  if (isPlural(noun) && (count === undefined || count > 1)) return 'PACKAGE';
  if (/^treat/.test(n)) return 'TREATY';
  if (/^contract/.test(n)) return 'CONTRACT';
  if (/^(?:memorand|mou)/.test(n)) return 'MEMORANDUM';
  return 'AGREEMENT';
}

function isPlural(noun: string): boolean {
  return /^(?:treaties|agreements|accords|deals|pacts|contracts|memoranda|memorandums|mous|protocols|conventions)$/i.test(noun);
}

/** US dollars in "worth $X billion" or "a $X billion deal". */
function valueIn(text: string): number | undefined {
  const m = /\$\s?(\d+(?:[.,]\d+)?)\s*(trillion|billion|bn|million|mn|m)?\b/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(',', '.'));
  const unit = (m[2] ?? '').toLowerCase();
  const factor = unit === 'trillion' ? 1e12 : unit === 'billion' || unit === 'bn' ? 1e9 : unit === 'million' || unit === 'mn' || unit === 'm' ? 1e6 : 1;
  return Math.round(n * factor);
}

/** Countries of a region of a sentence (its subject), by name, demonym, capital or through the people named there. */
function countriesIn(sentence: ReadSentence, from: number, to: number, countries: CountryMention[], mentions: PersonMention[], people: ExtractedPerson[]): { codes: string[]; signers: string[] } {
  const codes: string[] = [];
  const signers: string[] = [];
  for (const c of countries) if (c.sentence === sentence.index && c.start >= from && c.end <= to && !codes.includes(c.code)) codes.push(c.code);
  for (const m of mentions) {
    if (m.sentence !== sentence.index || m.start < from || m.end > to || m.quoted) continue;
    const p = people[m.person]!;
    if (/^(?:'s|’s)/.test(sentence.text.slice(m.end))) continue;
    if (!signers.includes(p.name)) signers.push(p.name);
    if (p.countryCode && !codes.includes(p.countryCode)) codes.push(p.countryCode);
  }
  return { codes, signers };
}

/** The parts of an agreement noun phrase. */
interface Phrase {
  det?: string;
  approx?: string;
  countText?: string;
  modifiers: string[];
  noun: string;
  /** Offset of the phrase in the sentence. */
  start: number;
}

const DETERMINER = /^(?:the|this|that|these|a|an)$/i;

/**
 * Reads a NOUN_PHRASE match. The regex is case-insensitive for the nouns, so
 * its modifier group may swallow words that are not modifiers ("ally Russia",
 * "saying the"): modifiers are only the trailing lower-case words, and a
 * determiner among them becomes the phrase's determiner.
 */
function readPhrase(match: RegExpMatchArray): Phrase | undefined {
  const [whole, det, approx, countText, modifiersRaw, noun] = match;
  const words = (modifiersRaw ?? '').trim().split(/\s+/).filter(Boolean);
  let cut = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (!/^[a-z][a-z-]*$/.test(words[i]!) || NOT_MODIFIER.test(words[i]!)) {
      cut = i;
      break;
    }
  }
  const modifiers = words.slice(cut + 1);
  if (modifiers.some((w) => /^(?:such|similar|other|fourth|first)$/i.test(w)) || (cut >= 0 && /^(?:such|similar|other)$/i.test(words[cut]!))) return undefined;
  const nounStart = (match.index ?? 0) + whole.length - noun!.length;
  const modText = modifiers.join(' ');
  const start = modText ? (match.index ?? 0) + whole.lastIndexOf(modText, whole.length - noun!.length) : nounStart;
  if (cut < 0) return { det, approx, countText, modifiers, noun: noun!, start: match.index ?? 0 };
  const breaker = words[cut]!;
  return { det: DETERMINER.test(breaker) ? breaker : undefined, modifiers, noun: noun!, start };
}

/** The agreement mention of a sentence, if it has an agreement noun. */
function mentionIn(ctx: ArticleContext, s: ReadSentence, countries: CountryMention[], mentions: PersonMention[], people: ExtractedPerson[], main: string[]): AgreementMention | undefined {
  const verb = SIGN_VERB.exec(s.text);
  const phrases = [...s.text.matchAll(NOUN_PHRASE)];
  if (phrases.length === 0) return undefined;
  // The phrase nearest the signing verb is what was signed; without a verb, the first one.
  const pick = verb ? [...phrases].sort((a, b) => Math.abs((a.index ?? 0) - verb.index) - Math.abs((b.index ?? 0) - verb.index))[0]! : phrases[0]!;
  const phrase = readPhrase(pick);
  if (!phrase) return undefined;
  const { det, approx, countText, modifiers, noun } = phrase;
  let count = countText ? parseCount(countText) : undefined;
  const definite = /^(?:the|this|that|these)$/i.test(det ?? '');
  if (count === undefined && /^an?$/i.test(det ?? '') && !isPlural(noun)) count = 1;
  const kind = kindOf(noun, count);
  if (kind !== 'PACKAGE') count ??= 1;
  const nounAt = phrase.start;
  const signing = verb !== null && Math.abs(verb.index - nounAt) < 80;
  const dates = findDates(s.text, ctx.publishedAt);
  for (const d of dates) if (d.unresolved) warn(ctx, `${ctx.doc.origin}: ${d.unresolved}`);
  const span = dates.find((d) => d.span)?.span;
  const date = span ? undefined : dates.find((d) => d.date)?.date;
  const subjectEnd = signing && verb ? Math.min(verb.index, nounAt) : nounAt;
  const passiveBy = /\bsigned by\b/i.exec(s.text);
  const region = passiveBy ? { from: passiveBy.index, to: s.text.length } : { from: 0, to: subjectEnd };
  const subject = countriesIn(s, region.from, region.to, countries, mentions, people);
  let parties = subject.codes;
  const withClause = /\b(?:with|between)\s+/gi;
  for (const m of s.text.matchAll(withClause)) {
    const after = countriesIn(s, (m.index ?? 0) + m[0].length, Math.min(s.text.length, (m.index ?? 0) + 60), countries, mentions, people);
    if (signing && (m.index ?? 0) > (verb?.index ?? 0)) parties = [...new Set([...parties, ...after.codes.slice(0, 2)])];
  }
  if (TWO_COUNTRIES.test(s.text.slice(0, subjectEnd)) && parties.length < 2) parties = [...new Set([...parties, ...main.slice(0, 2)])];
  const approximate = Boolean(approx) || /\b(?:about|around|nearly|some|roughly|approximately)\s*$/i.test(s.text.slice(0, nounAt));
  const label = [approx, countText, ...modifiers, noun].filter(Boolean).join(' ').toLowerCase();
  return {
    sentence: s.index,
    kind,
    title: label,
    definite,
    signing,
    count,
    approximate,
    plural: isPlural(noun),
    date,
    span,
    parties,
    signatories: subject.signers,
    valueUsd: signing && /\bworth\b|\$\s?\d/.test(s.text) ? valueIn(s.text) : undefined,
    topics: findTopics(s.text.slice(signing && verb ? verb.index : nounAt)),
  };
}

/** Topics from the next `window` sentences that list fields of cooperation, up to the next agreement. */
function nearbyTopics(ctx: ArticleContext, from: number, agreementSentences: Set<number>, window: number): string[] {
  const topics: string[] = [];
  for (let i = from + 1; i <= from + window && i < ctx.sentences.length; i++) {
    if (agreementSentences.has(i)) break;
    const text = ctx.sentences[i]!.text;
    if (TOPIC_CUE.test(text)) for (const t of findTopics(text)) if (!topics.includes(t)) topics.push(t);
  }
  return topics;
}

/** Meeting an agreement was signed at: told in the same sentence, or the same day and place. */
function meetingOf(a: AgreementMention, meetings: ExtractedMeeting[], sentencesOf: number[][]): number | undefined {
  const same = sentencesOf.findIndex((ss) => ss.includes(a.sentence));
  if (same >= 0) return same;
  if (a.date?.precision !== 'DAY') return undefined;
  const sameDay = meetings.findIndex((m) => m.date?.precision === 'DAY' && m.date.year === a.date!.year && m.date.month === a.date!.month && m.date.day === a.date!.day);
  return sameDay >= 0 ? sameDay : undefined;
}

/** Extracts the agreements of an article. */
export function extractAgreements(
  ctx: ArticleContext,
  countries: CountryMention[],
  people: ExtractedPerson[],
  mentions: PersonMention[],
  meetings: ExtractedMeeting[],
  sentencesOf: number[][],
  main: string[],
): ExtractedAgreement[] {
  const all = ctx.sentences.map((s) => mentionIn(ctx, s, countries, mentions, people, main)).filter((m): m is AgreementMention => m !== undefined);
  const signings: { m: AgreementMention; sources: number[] }[] = [];
  for (const m of all) {
    const earlier = [...signings].reverse().find((x) => x.m.plural === m.plural && (x.m.kind === m.kind || x.m.kind === 'PACKAGE' || m.kind === 'PACKAGE'));
    if (m.definite && earlier && (earlier.m.count === undefined || earlier.m.count === m.count || !m.plural)) {
      // "the 17 agreements" completes "signed agreements Thursday"; "the treaty" points back to the treaty.
      earlier.m.count ??= m.count;
      earlier.sources.push(m.sentence);
      continue;
    }
    if (!m.signing) continue;
    signings.push({ m, sources: [m.sentence] });
  }
  const agreementSentences = new Set(signings.map((s) => s.m.sentence));
  return signings.map(({ m, sources }) => {
    const topics = [...m.topics];
    // Look further when the signing sentence itself names no field.
    for (const t of nearbyTopics(ctx, m.sentence, agreementSentences, topics.length > 0 ? 2 : 4)) if (!topics.includes(t)) topics.push(t);
    const title = m.title.split(' ').length === 1 && m.count !== undefined && m.kind === 'PACKAGE' ? `${m.count} ${m.title}` : m.title;
    const agreement: ExtractedAgreement = {
      title,
      kind: m.kind,
      documentCountApproximate: m.approximate,
      parties: m.parties,
      signatories: m.signatories,
      topics,
      sources: [...new Set(sources)].sort((a, b) => a - b).map((i) => ctx.sentences[i]!.span),
    };
    if (m.date) agreement.date = m.date;
    if (m.span) agreement.span = m.span;
    if (m.count !== undefined) agreement.documentCount = m.count;
    if (m.valueUsd !== undefined) agreement.valueUsd = m.valueUsd;
    const meetingIndex = meetingOf(m, meetings, sentencesOf);
    if (meetingIndex !== undefined) agreement.meetingIndex = meetingIndex;
    return agreement;
  });
}
