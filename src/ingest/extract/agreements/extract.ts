/**
 * The agreements stage: mentions of every sentence, folded into signings, then completed from meetings and the article's main pair.
 */
import type { ExtractedAgreement, ExtractedMeeting, ExtractedPerson } from '../../types.ts';
import type { ArticleContext } from '../context.ts';
import type { CountryMention } from '../countries.ts';
import type { PersonMention } from '../people.ts';
import { findTopics, TOPIC_CUE } from '../topics.ts';
import { ofTheStory } from './dates.ts';
import { meetingOf, meetingBefore, occasionBefore } from './meetings.ts';
import { mentionsIn } from './mentions.ts';
import { completeParties } from './parties.ts';
import { pointsBack, pointsBackToGroup, restates, toldFirstUndated, complete, dateFromOccasion, foldItems } from './retellings.ts';
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
  for (const s of ctx.sentences) all.push(...mentionsIn(ctx, s, countries, mentions, people, twoSides(all, s.index, main), acronyms));
  let signings: Signed[] = [];
  for (const m of all) {
    const group = pointsBackToGroup(signings, m);
    if (group.length > 0) {
      for (const g of group) complete(g, m);
      continue;
    }
    const earlier = [...signings].reverse().find((x) => pointsBack(x.m, m));
    // "signed a treaty" (no date) … "The X Treaty was signed on Monday": a definite document of the same kind dated to the days of the story is the one just told.
    const restatesUndated = earlier !== undefined && !earlier.m.date && !earlier.m.span && !m.plural && m.date !== undefined && ofTheStory(m.date, ctx.publishedAt);
    // "signed 13 agreements on Wednesday … the trade MoUs signed today": the definite plural, with no count of its own, names some of the documents told.
    const againUncounted = earlier !== undefined && m.definite && m.plural && m.count === undefined && earlier.m.plural && earlier.m.date !== undefined;
    if (earlier && (!m.signing || !m.date || (m.count !== undefined && m.count === earlier.m.count && m.plural) || (m.generic && !earlier.m.date) || restatesUndated || againUncounted)) {
      // "the 17 agreements" completes "signed agreements Thursday"; "the treaty" points back to the treaty.
      complete(earlier, m);
      continue;
    }
    if (!m.signing) continue;
    // The lead's or standfirst's undated telling gives way to the body's: the body tells when, where and by whom.
    const first = signings.find((x) => toldFirstUndated(x.m, m, ctx.publishedAt));
    if (first) {
      first.m = { ...m, parties: [...new Set([...m.parties, ...first.m.parties])], topics: m.topics.length > 0 ? m.topics : first.m.topics };
      first.sources.push(m.sentence);
      first.told = m.sentence;
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
    const date = m.date ?? (linked !== undefined ? meetings[linked]!.date : undefined) ?? occasion?.date;
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
