/**
 * Signings told again: back-references, restatements, the lead's undated telling, and the items of a package told after it.
 */
import { datesCompatible } from '../../dates.ts';
import { ofTheStory } from './dates.ts';
import type { AgreementMention, Signed } from './types.ts';

/**
 * True when a later mention ("the agreements", "the treaty") points back to an
 * earlier signing. A generic noun ("the deal", "the pact") may name a
 * document of any kind.
 */
export function pointsBack(earlier: AgreementMention, m: AgreementMention): boolean {
  if (!m.definite || earlier.plural !== m.plural) return false;
  // "signed a deal … The contract is worth …": a generic noun on either side may name a document of any kind.
  if (earlier.kind !== m.kind && earlier.kind !== 'PACKAGE' && m.kind !== 'PACKAGE' && !m.generic && !earlier.generic) return false;
  if (m.date && earlier.date && !datesCompatible(m.date, earlier.date)) return false;
  return earlier.count === undefined || m.count === undefined || earlier.count === m.count || !m.plural;
}

/**
 * "… signed a treaty on X and an agreement on Y. The two leaders signed the
 * documents on Thursday": a definite generic plural right after several
 * single documents points back to all of them.
 */
export function pointsBackToGroup(signings: Signed[], m: AgreementMention): Signed[] {
  if (!m.definite || !m.plural || !m.generic) return [];
  const last = signings[signings.length - 1];
  if (!last || m.sentence - last.m.sentence > 1) return [];
  const group = signings.filter((x) => x.m.sentence === last.m.sentence && !x.m.plural && (!x.m.date || !m.date || datesCompatible(x.m.date, m.date)));
  return group.length >= 2 ? group : [];
}

/**
 * True when a signing tells again a counted group already told: news states
 * the signing in the lead and again in the body ("Teo has signed two
 * agreements with Albanese …  Albanese hosted Teo, where the pair inked two
 * agreements …"). Same count of several documents, same day (or one not
 * dated yet), no other party, and not marked as another set ("two other
 * agreements").
 */
export function restates(earlier: AgreementMention, m: AgreementMention): boolean {
  if (earlier.kind !== 'PACKAGE' || m.kind !== 'PACKAGE' || m.another || earlier.span || m.span) return false;
  if (earlier.count === undefined || earlier.count < 2 || earlier.count !== m.count) return false;
  // The same day, or a telling with no date of its own (the lead's "has signed"; the occasion dates it later).
  if (earlier.date && m.date && (earlier.date.precision !== 'DAY' || !datesCompatible(earlier.date, m.date))) return false;
  if ((earlier.date ?? m.date) && (earlier.date ?? m.date)!.precision !== 'DAY') return false;
  return m.parties.every((c) => earlier.parties.includes(c)) || earlier.parties.every((c) => m.parties.includes(c));
}

/**
 * True when a single document signed with no date ("leaders sign
 * declaration", a summary's "ministers have signed a memorandum on the
 * pipeline") is told again later with the day of the story, or in the past
 * after a present-tense telling, ("On Monday, A
 * and B signed a memorandum of understanding on the pipeline"): the lead or
 * a summary tells the signing first, the body dates it. Same kind, no other
 * signers, no other party, no other field, and not marked as another one.
 */
export function toldFirstUndated(earlier: AgreementMention, m: AgreementMention, publishedAt: string | undefined): boolean {
  if (earlier.date || earlier.span || earlier.plural || m.plural || earlier.kind !== m.kind || m.another || m.sameOccasion) return false;
  // A present-tense telling ("leaders sign declaration") is the standfirst's: the body's telling may take its day from the talks later.
  if (m.date ? !ofTheStory(m.date, publishedAt) : !earlier.present || m.present) return false;
  if (earlier.signatories.length > 0 && !earlier.signatories.every((n) => m.signatories.includes(n))) return false;
  if (!earlier.parties.every((c) => m.parties.includes(c)) && !m.parties.every((c) => earlier.parties.includes(c))) return false;
  return earlier.topics.length === 0 || m.topics.length === 0 || earlier.topics.some((t) => m.topics.includes(t));
}

/** Folds what a back-reference adds (count, date, signatories, parties) into the signing it points to. */
export function complete(earlier: Signed, m: AgreementMention): void {
  // "sealed a deal … The government-to-government contract was signed by …": the noun any document takes gives way to the one that says which.
  if (earlier.m.generic && !m.generic && !earlier.m.plural && !m.plural && m.kind !== 'PACKAGE') earlier.m = { ...earlier.m, kind: m.kind, title: m.title, generic: false };
  earlier.m.count ??= m.count;
  earlier.m.date ??= m.date;
  earlier.m.valueUsd ??= m.valueUsd;
  if (m.signatories.length > 0 && earlier.m.signatories.length === 0) earlier.m.signatories = m.signatories;
  earlier.m.parties = [...new Set([...earlier.m.parties, ...m.parties])];
  earlier.sources.push(m.sentence);
}

/**
 * An undated signing told as part of the same occasion ("The two men also
 * signed …", "Ministers signed 14 other documents") takes the date of the
 * signing told just before it, in the same sentence or the one before.
 */
export function dateFromOccasion(signings: Signed[], m: AgreementMention): void {
  if (m.date || m.span || !m.sameOccasion) return;
  const before = [...signings].reverse().find((x) => Math.max(...x.sources) >= m.sentence - 1 && x.m.date && !x.m.span);
  if (before) m.date = before.m.date;
}

/**
 * Signings that only detail a group told before, in the sentences after it:
 * - after a counted group ("signed three agreements"), single documents with
 *   no other date are its items, even when listed ("a host agreement, a
 *   shareholding agreement and …"): they fold into the group;
 * - after an uncounted plural ("signed contracts with defence firms"), the
 *   single documents told next are what it was: the plural gives way to them,
 *   and lends them its date.
 * Documents marked as another set ("14 other documents", "also signed") are
 * not items.
 */
export function foldItems(signings: Signed[]): Signed[] {
  const dropped = new Set<Signed>();
  for (const group of signings) {
    if (group.m.kind !== 'PACKAGE' || group.m.span || dropped.has(group)) continue;
    const after = signings.indexOf(group);
    const items = signings.filter(
      (x, i) =>
        i > after &&
        !dropped.has(x) &&
        x.m.kind !== 'PACKAGE' &&
        // "also signed", "a separate deal": another document than a counted group's, but one of an uncounted plural's.
        (group.m.count === undefined || !x.m.another) &&
        x.m.sentence >= group.m.sentence &&
        x.m.sentence - group.told <= 2 &&
        (!x.m.date || (group.m.date !== undefined && datesCompatible(x.m.date, group.m.date))),
    );
    if (items.length === 0) continue;
    if (group.m.count !== undefined) {
      for (const item of items) {
        group.sources.push(...item.sources);
        dropped.add(item);
      }
    } else {
      for (const item of items) {
        item.m.date ??= group.m.date;
        if (item.m.parties.length < 2) item.m.parties = [...new Set([...item.m.parties, ...group.m.parties])];
        item.sources.push(...group.sources);
      }
      dropped.add(group);
    }
  }
  return signings.filter((x) => !dropped.has(x));
}

/**
 * True when a caption's or standfirst's present-tense telling ("A and B sign
 * a security agreement in Oslo on May 31", "Leaders sign pact at summit")
 * is told again in the body in the past: the same number of documents, a
 * kind that agrees (or a noun any document takes: "pact", "deal"), no other
 * day, no other party, and not marked as another document.
 */
export function toldFirstInPresent(earlier: AgreementMention, m: AgreementMention): boolean {
  if (!earlier.present || m.present || m.another || m.sameOccasion || earlier.span || m.span || earlier.plural !== m.plural) return false;
  if (earlier.kind !== m.kind && !earlier.generic) return false;
  if (earlier.count !== undefined && m.count !== undefined && earlier.count !== m.count) return false;
  if (earlier.date && m.date && !datesCompatible(earlier.date, m.date)) return false;
  if (m.signatories.length > 0 && !earlier.signatories.every((n) => m.signatories.includes(n))) return false;
  return earlier.parties.every((c) => m.parties.includes(c)) || m.parties.every((c) => earlier.parties.includes(c));
}

/**
 * True when an uncounted group ("witness the signing of MoUs", a caption's
 * or a lead's "sign agreements") is counted a few sentences later ("signed
 * eight memoranda of understanding"): the count tells the same signing. Same
 * day (or one undated), no other party, and not marked as another set.
 */
export function countedLater(earlier: AgreementMention, m: AgreementMention): boolean {
  if (earlier.kind !== 'PACKAGE' || m.kind !== 'PACKAGE' || earlier.count !== undefined || m.count === undefined || m.another || earlier.span || m.span) return false;
  if (earlier.date && m.date && !datesCompatible(earlier.date, m.date)) return false;
  if (m.sentence - earlier.sentence > 3 && !sameDay(earlier, m)) return false;
  return earlier.parties.every((c) => m.parties.includes(c)) || m.parties.every((c) => earlier.parties.includes(c));
}

/** True when two mentions are dated to one day. */
function sameDay(a: AgreementMention, b: AgreementMention): boolean {
  return a.date?.precision === 'DAY' && b.date?.precision === 'DAY' && datesCompatible(a.date, b.date);
}

/**
 * True when a later mention only tells again, in a caption (which the page
 * may set after the body), a signing already told: a present-tense telling
 * of the same document ("A and B sign a security agreement in Oslo on May
 * 31"), or an uncounted group of the same day after a counted one ("witness
 * the signing of MoUs … on Monday" after "signed eight memoranda on Monday").
 */
export function captionRetells(earlier: AgreementMention, m: AgreementMention): boolean {
  if (m.another || m.sameOccasion || earlier.span || m.span) return false;
  const partiesAgree = earlier.parties.every((c) => m.parties.includes(c)) || m.parties.every((c) => earlier.parties.includes(c));
  if (!partiesAgree || !sameDay(earlier, m)) return false;
  if (m.present && !earlier.present) return earlier.plural === m.plural && (earlier.kind === m.kind || m.generic) && (m.count === undefined || m.count === earlier.count);
  return earlier.kind === 'PACKAGE' && m.kind === 'PACKAGE' && earlier.count !== undefined && m.count === undefined;
}
