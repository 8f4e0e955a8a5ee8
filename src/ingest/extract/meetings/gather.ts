/**
 * Gathering the mentions of one article into meetings: which mentions can
 * tell one meeting, and what merging them keeps.
 */
import { datesCompatible, finerDate } from '../../dates.ts';
import type { MeetingMention } from './mention.ts';
import { statusesCompatible } from './status.ts';

/** True when two mentions can tell one meeting: same kind, compatible status, date and place, and one's people among the other's. */
function compatible(a: MeetingMention, b: MeetingMention): boolean {
  // The meetings one sentence tells apart ("was welcomed by X, whom she hosted in Rome in January") stay apart.
  if (a.participants.length > 0 && b.participants.length > 0 && a.sentence === b.sentence && a.at !== b.at && (a.sibling || b.sibling || a.earlier !== b.earlier)) return false;
  // Nor may a meeting gathered from other sentences take in two meetings one sentence tells apart.
  const apart = (x: MeetingMention, y: MeetingMention) => (x.members ?? []).some((t) => t.sentence === y.sentence && t.at !== y.at && (t.sibling || y.sibling));
  if (a.participants.length > 0 && b.participants.length > 0 && (apart(a, b) || apart(b, a))) return false;
  // "The two prime ministers had met in Brussels last week" is not today's summit, whatever its dates allow.
  if (a.participants.length > 0 && b.participants.length > 0 && Boolean(a.earlier) !== Boolean(b.earlier) && a.sentence !== b.sentence) return false;
  if (a.kind !== b.kind && !a.kindImplied && !b.kindImplied) return false;
  if (!statusesCompatible(a.status, b.status)) return false;
  if (a.date && b.date && !datesCompatible(a.date, b.date)) return false;
  if (a.city && b.city && a.city !== b.city) return false;
  if (a.countryCode && b.countryCode && a.countryCode !== b.countryCode) return false;
  if (a.participants.length === 0 || b.participants.length === 0) return b.anaphoric || a.anaphoric;
  const shared = a.participants.filter((p) => b.participants.includes(p));
  if (shared.length === 0) return false;
  // Two different pairs sharing one person ("X met Y", "X met Z") are two meetings.
  const aInB = a.participants.every((p) => b.participants.includes(p));
  const bInA = b.participants.every((p) => a.participants.includes(p));
  return aInB || bInA;
}

/** Adds a mention to the meeting it tells: its people, a finer date, a kind told outright, a place not yet known, a cancellation. */
export function merge(into: MeetingMention, m: MeetingMention): void {
  if (m.participants.length > 0) (into.members ??= []).push({ sentence: m.sentence, at: m.at, sibling: Boolean(m.sibling) });
  for (const p of m.participants) if (!into.participants.includes(p)) into.participants.push(p);
  if (m.date) into.date = into.date ? finerDate(into.date, m.date) : m.date;
  if (into.kindImplied && !m.kindImplied) {
    into.kind = m.kind;
    into.kindImplied = false;
  }
  // A city only a seat's name gave stays marked so, so that the dateline's city can still win over it.
  if (!into.city && m.city && m.seatOnly) into.seatOnly = true;
  into.city ??= m.city;
  into.venue ??= m.venue;
  into.countryCode ??= m.countryCode;
  if (m.status === 'CANCELLED') into.status = 'CANCELLED';
  for (const s of m.sources) if (!into.sources.some((x) => x.position === s.position)) into.sources.push(s);
}

/** The cluster a mention belongs to; a mention without people joins the nearest meeting told before it. */
export function clusterFor(clusters: MeetingMention[], m: MeetingMention): MeetingMention | undefined {
  const fits = clusters.filter((c) => compatible(c, m));
  if (m.participants.length > 0 || fits.length < 2) return fits[0];
  const before = fits.filter((c) => c.sentence <= m.sentence).sort((a, b) => b.sentence - a.sentence);
  return before[0] ?? fits[0];
}
