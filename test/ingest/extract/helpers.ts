/**
 * Small helpers the extractor specs share, defined once. Names are compared
 * folded (see `fold` in ../fixtures.ts).
 */
import type { DateMention } from '../../../src/ingest/extract/dates.ts';
import type { Extraction } from '../../../src/ingest/types.ts';
import { fold } from '../fixtures.ts';

/** The folded names, sorted: of an extraction's people, or of a list of people such as a meeting's participants. */
export const names = (of: Extraction | { name: string }[]) => (Array.isArray(of) ? of : of.people).map((p) => fold(p.name)).sort();

/** The person of an extraction by their folded name. */
export const person = (x: Extraction, name: string) => x.people.find((p) => fold(p.name) === fold(name));

/** A person's titles, sorted. */
export const titles = (x: Extraction, name: string) => (person(x, name)?.roles.map((r) => r.title) ?? []).sort();

/** A person's titles in the order the extraction gives them (the text's order). */
export const titlesInTextOrder = (x: Extraction, name: string) => person(x, name)?.roles.map((r) => r.title) ?? [];

/** The participants of each meeting (folded, sorted), the meetings sorted: which meetings, in any order. */
export const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants)).sort();

/** The participants of each meeting (folded, sorted), the meetings in the order the story tells them. */
export const pairsInStoryOrder = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants));

/** The participants of each telephone call, as `pairs` gives them. */
export const calls = (meetings: { kind: string; participants: { name: string }[] }[]) => pairs(meetings.filter((m) => m.kind === 'PHONE_CALL'));

/** Each meeting as "a + b", its participants' folded names sorted. */
export const who = (x: Extraction) => x.meetings.map((m) => m.participants.map((p) => fold(p.name)).sort().join(' + '));

/** A date to the day, as an extraction gives it. */
export const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'DAY' });

/** The dates of mentions as "YYYY[-MM[-DD]]". */
export const iso = (ds: DateMention[]) =>
  ds.filter((d) => d.date).map((d) => [d.date!.year, d.date!.month, d.date!.day].filter((x) => x !== undefined).map((x, i) => (i ? String(x).padStart(2, '0') : String(x))).join('-'));

// 2025-06-13 is a Friday.
export const FRIDAY = '2025-06-13';
