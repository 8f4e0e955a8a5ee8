/**
 * The agreements stage: mentions of every sentence, folded into signings, then completed from meetings and the article's main pair.
 */
import type { ExtractedAgreement, ExtractedMeeting, ExtractedPerson } from '../../types.ts';
import { datesCompatible } from '../../dates.ts';
import { parseCount } from '../../text.ts';
import type { ArticleContext } from '../context.ts';
import type { CountryMention } from '../countries.ts';
import type { PersonMention } from '../people.ts';
import { findTopics, TOPIC_CUE } from '../topics.ts';
import { ofTheStory } from './dates.ts';
import { meetingOf, meetingBefore, occasionBefore, storyDayOfTalks, tiedToTalks, TALKS_WINDOW } from './meetings.ts';
import { mentionsIn } from './mentions.ts';
import { completeParties } from './parties.ts';
import { pointsBack, pointsBackToGroup, restates, toldFirstUndated, toldFirstInPresent, countedLater, captionRetells, complete, dateFromOccasion, foldItems } from './retellings.ts';
import { twoSides, sidesOfSigners } from './signers.ts';
import { documentAcronyms } from './titles.ts';
import type { AgreementMention, Signed, Told } from './types.ts';

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

/**
 * The sides of the held meetings told in a sentence and the one before, the
 * latest first: who "the two countries" or "the three leaders" that sign
 * right after a meeting are. A meeting with a participant of unknown country
 * gives no group (its count of sides would be wrong), unless the other is a
 * visitor and the place tells the host.
 */
function meetingSides(sentence: number, meetings: ExtractedMeeting[], sentencesOf: number[][], people: ExtractedPerson[]): string[][] {
  const groups: string[][] = [];
  for (const at of [sentence, sentence - 1]) {
    for (let i = meetings.length - 1; i >= 0; i--) {
      if (meetings[i]!.status !== 'HELD' || !sentencesOf[i]!.includes(at)) continue;
      const codes = meetings[i]!.participants.map((p) => people.find((x) => x.name === p.name)?.countryCode);
      // A visitor of known country met in another country ("a state visit to China, during which he held talks with Xi"): the one of unknown country is the host's.
      const place = meetings[i]!.countryCode;
      if (codes.length === 2 && codes.filter((c) => c === undefined).length === 1 && place && !codes.includes(place)) codes[codes.indexOf(undefined)] = place;
      if (codes.some((c) => c === undefined)) continue;
      const group = [...new Set(codes as string[])].sort();
      if (group.length >= 2) groups.push(group);
    }
  }
  return groups;
}

/** The parties of the signings told in the last sentences, the latest first: "In 2023, they signed a charter" after a treaty of three. */
function toldSides(before: AgreementMention[], sentence: number): string[][] {
  return [...before].reverse().filter((m) => m.signing && m.parties.length >= 2 && sentence - m.sentence <= TALKS_WINDOW).map((m) => [...m.parties].sort());
}

/** A count of sides that opens a sentence: "The three countries, all run by juntas, …". */
const COUNTED_SUBJECT = /^(?:The|All)\s+(two|three|four|five)\s+(?:countries|nations|states|governments|neighbours|neighbors)\b/i;

/**
 * "The three countries … announced in January that they were leaving the
 * bloc. In September last year, they signed a charter": a count of sides
 * opening the sentence before tells who "they" are, the parties of a signing
 * of as many sides told anywhere before (not only in the last sentences).
 */
function countedSubjectSides(ctx: ArticleContext, before: AgreementMention[], sentence: number): string[][] {
  const subject = COUNTED_SUBJECT.exec(ctx.sentences[sentence - 1]?.text ?? '');
  if (!subject) return [];
  const n = parseCount(subject[1]!);
  return [...before].reverse().filter((m) => m.signing && m.parties.length === n).map((m) => [...m.parties].sort());
}

/**
 * True when a definite mention that signs names another document than the
 * earlier signing it could point back to:
 * - the earlier one was told as part of the story's occasion ("They also
 *   signed a joint action plan", "Following the talks, they signed …") and
 *   the later one is dated to another time
 *   ("The agreement on X was signed in Cairo on 6 August 2020 by …");
 * - both carry descriptive words and none is shared ("signed a commercial
 *   contract … signed the free trade agreement between the two countries");
 * - both name who signed, and no signer is shared.
 */
function toldApart(ctx: ArticleContext, signings: Signed[], earlier: Signed, m: AgreementMention): boolean {
  if (!m.signing) return false;
  const e = earlier.m;
  // "Following the session, the leaders signed the agreement establishing a council": a signing tied to the talks is of the story's days.
  if (!e.date && m.date && !ofTheStory(m.date, ctx.publishedAt) && tiedToTalks(ctx.sentences[e.sentence]!.text)) return true;
  if (!e.date && e.sameOccasion && m.date && !ofTheStory(m.date, ctx.publishedAt)) {
    // The occasion "also" refers to is the signing told before the earlier one: a later mention of that time may still be it.
    const occasion = signings[signings.indexOf(earlier) - 1]?.m.date;
    if (!occasion || !datesCompatible(occasion, m.date)) return true;
  }
  const words = (x: AgreementMention) => x.title.split(' ').slice(0, -1).filter((w) => !/^\d+$/.test(w) && parseCount(w) === undefined);
  const [a, b] = [words(e), words(m)];
  if (a.length > 0 && b.length > 0 && !a.some((w) => b.includes(w))) return true;
  return e.signatories.length > 0 && m.signatories.length > 0 && !e.signatories.some((n) => m.signatories.includes(n));
}

/** Extracts the agreements of an article. `main` lists the article's main countries, its pair first. */
export function extractAgreements(
  ctx: ArticleContext,
  countries: CountryMention[],
  people: ExtractedPerson[],
  mentions: PersonMention[],
  meetings: ExtractedMeeting[],
  sentencesOf: number[][],
  main: string[],
): ExtractedAgreement[] {
  const acronyms = documentAcronyms(ctx.sentences.map((s) => s.text));
  // "witnessed the exchange of notes … The notes were signed by A and B": once an exchange of notes or letters is told, "the notes" names it again.
  for (const s of ctx.sentences) {
    const exchange = /\bexchanges?\s+of\s+(notes|letters)\b/i.exec(s.text);
    if (exchange && !acronyms.has(exchange[1]!.toLowerCase())) acronyms.set(exchange[1]!.toLowerCase(), `exchange of ${exchange[1]!.toLowerCase()}`);
  }
  const all: AgreementMention[] = [];
  for (const s of ctx.sentences) all.push(...mentionsIn(ctx, s, countries, mentions, people, twoSides(all, s.index, main), acronyms, [...meetingSides(s.index, meetings, sentencesOf, people), ...toldSides(all, s.index), ...countedSubjectSides(ctx, all, s.index)]));
  let signings: Signed[] = [];
  for (const m of all) {
    const group = pointsBackToGroup(signings, m);
    if (group.length > 0) {
      for (const g of group) complete(g, m);
      continue;
    }
    const earlier = [...signings].reverse().find((x) => pointsBack(x.m, m) && !toldApart(ctx, signings, x, m));
    // "signed a treaty" (no date) … "The X Treaty was signed on Monday": a definite document of the same kind dated to the days of the story is the one just told.
    const restatesUndated = earlier !== undefined && !earlier.m.date && !earlier.m.span && !m.plural && m.date !== undefined && ofTheStory(m.date, ctx.publishedAt);
    // "signed 13 agreements on Wednesday … the trade MoUs signed today": the definite plural, with no count of its own, names some of the documents told.
    const againUncounted = earlier !== undefined && m.definite && m.plural && m.count === undefined && earlier.m.plural && earlier.m.date !== undefined;
    // "signed a mutual defence treaty" (dated by the talks) … "The X treaty was signed on Monday afternoon": one document of the same day is the one told.
    const sameDay = earlier !== undefined && !m.plural && !m.another && earlier.m.date?.precision === 'DAY' && m.date?.precision === 'DAY';
    if (earlier && (!m.signing || !m.date || (m.count !== undefined && m.count === earlier.m.count && m.plural) || (m.generic && !earlier.m.date) || restatesUndated || againUncounted || sameDay)) {
      // "the 17 agreements" completes "signed agreements Thursday"; "the treaty" points back to the treaty.
      complete(earlier, m);
      continue;
    }
    if (!m.signing) continue;
    // The lead's or standfirst's undated telling gives way to the body's: the body tells when, where and by whom.
    // So does a caption's present-tense telling, and an uncounted group counted later ("sign MoUs" … "signed eight memoranda").
    const first = signings.find((x) => toldFirstUndated(x.m, m, ctx.publishedAt) || toldFirstInPresent(x.m, m) || countedLater(x.m, m));
    if (first) {
      first.m = { ...m, date: m.date ?? (m.span ? undefined : first.m.date), parties: [...new Set([...m.parties, ...first.m.parties])], topics: m.topics.length > 0 ? m.topics : first.m.topics };
      first.sources.push(m.sentence);
      first.told = m.sentence;
      continue;
    }
    const retold = signings.find((x) => captionRetells(x.m, m));
    if (retold) {
      complete(retold, m);
      continue;
    }
    const restated = signings.find((x) => restates(x.m, m));
    if (restated) {
      complete(restated, m);
      restated.told = m.sentence;
      continue;
    }
    dateFromOccasion(signings, m);
    signings.push({ m, sources: [m.sentence], told: m.sentence });
  }
  signings = foldItems(signings);
  const agreementSentences = new Set(signings.map((s) => s.m.sentence));
  const out: Told[] = [];
  for (const { m, sources } of signings) {
    const topics = [...m.topics];
    // Look further when the signing sentence itself names no field.
    for (const t of nearbyTopics(ctx, m.sentence, agreementSentences, topics.length > 0 ? 2 : 4)) if (!topics.includes(t)) topics.push(t);
    const title = m.title.split(' ').length === 1 && m.count !== undefined && m.kind === 'PACKAGE' ? `${m.count} ${m.title}` : m.title;
    // "Separately, …", "also signed": another document of the signing just told takes its day before any meeting's.
    const occasion = !m.date && !m.span ? occasionBefore(out, m) : undefined;
    const linked = !m.date && !m.span && !occasion ? meetingBefore(ctx, m, meetings, sentencesOf) : undefined;
    // The occasion lends its day only: a document signed "separately" may have other signers than the meeting's.
    const meetingIndex = linked ?? meetingOf(m, sources, meetings, sentencesOf);
    const date = m.date ?? (linked !== undefined ? meetings[linked]!.date : undefined) ?? occasion?.date ?? (m.span || meetingIndex !== undefined ? undefined : storyDayOfTalks(ctx, m));
    const parties = m.companies ? [] : completeParties(m.parties, meetingIndex !== undefined ? meetings[meetingIndex] : undefined, people, main, m.signatories, sidesOfSigners(out, people));
    const agreement: ExtractedAgreement = {
      title,
      kind: m.kind,
      documentCountApproximate: m.approximate,
      parties,
      signatories: m.signatories,
      topics,
      sources: [...new Set(sources)].sort((a, b) => a - b).map((i) => ctx.sentences[i]!.span),
    };
    if (date) agreement.date = date;
    if (m.span) agreement.span = m.span;
    if (m.count !== undefined) agreement.documentCount = m.count;
    if (m.valueUsd !== undefined) agreement.valueUsd = m.valueUsd;
    if (meetingIndex !== undefined) agreement.meetingIndex = meetingIndex;
    out.push({ agreement, sentences: sources });
  }
  return out.map((t) => t.agreement);
}
