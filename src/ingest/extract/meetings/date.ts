/**
 * The choice of a meeting's date among the dates its sentence (and the one
 * before) tells: the nearest to the trigger, not a date of a saying, of a
 * bound, of an aside or of what the meeting follows; and how a date stands to
 * the day of publication.
 */
import { datesCompatible } from '../../dates.ts';
import type { MeetingStatus, PartialDate } from '../../types.ts';
import { warn, type ArticleContext, type ReadSentence } from '../context.ts';
import { clauseAt, findDates, findDatesWithPrevious, leadOfArticle, parseIsoDay, type DateMention } from '../dates.ts';
import { ofLaterStop, toldThere } from '../meetingPlaces.ts';
import { inAsideAwayFrom } from './asides.ts';
import { AFTER_SAYING, AHEAD } from './status.ts';

/** "on the same day", "that day": a day the story told before. */
const THAT_DAY = /\b(?:that|the same) (?:day|date|evening|morning|afternoon|night)\b/i;

/**
 * The sentence a sentence's "that day" looks back to: the one right before, or,
 * when that one tells no day ("EDU II is a subsidiary of …"), the nearest of the
 * three before it that does.
 */
export function previousTelling(ctx: ArticleContext, sentence: ReadSentence): string | undefined {
  const previous = ctx.sentences[sentence.index - 1]?.text;
  if (previous === undefined || !THAT_DAY.test(sentence.text)) return previous;
  const tellsDay = (text: string) => findDates(text, ctx.publishedAt).some((d) => d.date?.precision === 'DAY');
  if (tellsDay(previous)) return previous;
  for (let back = 2; back <= 3; back++) {
    const s = ctx.sentences[sentence.index - back];
    if (s && tellsDay(s.text)) return s.text;
  }
  return previous;
}

/**
 * "the first meeting since Thuong took office in March": a date in a "since" clause after the trigger dates something else.
 * Unless the clause tells a meeting of its own ("the first visit since X travelled to Riyadh in November 2015 and held
 * talks with Y"), whose people are the ones the sentence names.
 */
function afterSince(text: string, at: number, dateAt: number): boolean {
  // "The visit follows a row in April": the date of what it follows.
  // "The summit crowns a rapprochement that began in March": the date of what a relative clause tells.
  const opener = /\b(?:since|follows|followed|comes after|came after|that began|which began)\b/i.exec(text.slice(at, dateAt));
  if (dateAt <= at || !opener) return false;
  const clause = text.slice(at + opener.index).split(/[.;]/)[0]!;
  return !(/^since\b/i.test(opener[0]) && (SINCE_MEETING.test(clause) || SINCE_DATE_WHEN_MEETING.test(clause)));
}

/** A meeting told in a "since" clause: "since X visited Nur-Sultan", "since Y travelled to Riyadh and held talks with Z". */
const SINCE_MEETING = /\bsince\s+(?:then[\s-]+)?(?:[\p{L}.'’-]+\s+){1,5}?(?:visited|met|held talks|hosted|received|travell?ed to)\b/iu;

/** "since June 2018, when he delivered a speech and held talks with X": a "when" clause after the date of a "since" tells a meeting of that date. */
const SINCE_DATE_WHEN_MEETING = /^since\s+[^,;]{1,30},\s+when\b[^;]*?\b(?:met|held talks|hosted|received|welcomed|visited)\b/i;

/** A relative clause that tells when and where something takes place: ", which had been scheduled to take place in Cairo in December", ", which had been planned for January". */
const TAKES_PLACE_CLAUSE = /,\s+which\s+(?:(?:(?:had|has)\s+(?:[a-z]+ly\s+)?been|was|is|were|are)\s+(?:(?:originally|initially|first)\s+)?(?:(?:scheduled|due|set|planned|expected|slated)\s+to\s+(?:take place|be held|convene|open)|(?:scheduled|set|planned|slated|pencil+ed in)(?:\s+(?:for|on))?)|(?:took|takes|will take) place|(?:was|is|will be) held)\b[^,;]*$/i;

/**
 * "The summit between X, Y and Z, which had been scheduled to take place in
 * Cairo in December, was postponed": the meeting's own relative clause,
 * though the list of its people stands between, dates the meeting told
 * before it (any date of an aside that tells of another thing is not the
 * meeting's).
 */
function timesAnEventAfter(text: string, dateAt: number, at: number): boolean {
  const clause = text.slice(at, dateAt);
  const which = clause.lastIndexOf(', which');
  return which >= 0 && TAKES_PLACE_CLAUSE.test(clause.slice(which));
}

/**
 * "…, a project agreed with Portugal in December", "…, a deal signed in
 * 2019": a noun put after the meeting with a comma and a participle of its
 * own (the last comma before the date opens it) is dated by that participle.
 */
function ofAppositiveThing(text: string, at: number, dateAt: number): boolean {
  if (dateAt <= at) return false;
  const before = text.slice(at, dateAt);
  const comma = before.lastIndexOf(',');
  return comma >= 0 && APPOSITIVE_THING.test(before.slice(comma));
}

/** ", a project agreed with …", ", an accord signed …": an appositive noun phrase with a past participle of making. */
const APPOSITIVE_THING = /^,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){1,3}?(?:agreed|signed|launched|approved|announced|proposed|unveiled|built|opened|adopted|completed|inaugurated|founded|created|set up|struck|concluded|sealed)\b/u;

/**
 * The dates of a sentence, or of the stretch of it a view leaves unblanked,
 * read in the whole sentence: "will fly to Tashkent on Thursday and is
 * scheduled to hold talks with X on Friday" keeps the future of "is
 * scheduled to" though the stretch of the talks begins after it.
 */
function datesInView(ctx: ArticleContext, view: ReadSentence): DateMention[] {
  const previous = previousTelling(ctx, view);
  const lead = leadOfArticle(ctx);
  const read = (text: string) => findDatesWithPrevious(text, previous, ctx.publishedAt, lead);
  const dates = read(view.text);
  const whole = ctx.sentences[view.index]?.text;
  if (whole === undefined || whole === view.text || whole.length !== view.text.length) return dates;
  // Only the tense is taken from the whole sentence: a day told outside the stretch does not refine one inside it.
  const inWhole = read(whole);
  return dates.map((d) => {
    const w = inWhole.find((x) => x.index === d.index && x.text === d.text);
    return w?.date && d.date && w.date.precision === d.date.precision ? { ...d, date: w.date } : d;
  });
}

/** The date of a sentence nearest to the trigger; unresolved relative dates become warnings. */
export function dateNear(ctx: ArticleContext, sentence: ReadSentence, at: number, status: MeetingStatus): PartialDate | undefined {
  const dates = datesInView(ctx, sentence);
  for (const d of dates) if (d.unresolved) warn(ctx, `${ctx.doc.origin}: ${d.unresolved}`);
  // A plan is not dated long before the story ("on Tuesday, the anniversary of the 1974 revolution").
  const impossible = (d: PartialDate) => status === 'PLANNED' && longBeforePublication(d, ctx.publishedAt);
  // "X said Wednesday that … what would have been their first meeting": the day of a saying is not the day of what it reports.
  // Unless the meeting is what the saying came right after: "X said Wednesday after meeting with Y" is Wednesday's meeting.
  // "agreed on Tuesday to hold a meeting in Madrid next year": the day of agreeing is not the day of the planned meeting.
  const saying = status === 'PLANNED' ? /\b(?:said|says|told reporters|announced|stated|confirmed|disclosed|agreed|decided|pledged|promised)\s+(?:on\s+)?$/i : /\b(?:said|says|told reporters|announced|stated|confirmed|disclosed)\s+(?:on\s+)?$/i;
  const ofSaying = (d: { index: number; text: string }) => saying.test(sentence.text.slice(Math.max(0, d.index - 30), d.index)) && !(d.index < at && AFTER_SAYING.test(sentence.text.slice(Math.max(0, at - 60), at)));
  // "The last talks between them before Monday were held in January 2019": a date after "before" or "until" bounds the meeting, it does not date it.
  // So does a deadline: "agreed to double trade by 2030, as X became the first leader to visit".
  // "held talks on the pipeline, a project agreed with Portugal in December": neither does the date of an appositive thing (see `ofAppositiveThing`).
  const bound = (d: { index: number; text: string }) => /\b(?:before|until|till|prior to)\s+$/i.test(sentence.text.slice(Math.max(0, d.index - 12), d.index)) || /^(?:before|until|till|by)\b/i.test(d.text);
  const usable = dates.filter((d) => d.date && !(status === 'HELD' && AHEAD.test(d.text)) && !impossible(d.date) && !afterSince(sentence.text, at, d.index) && !(inAsideAwayFrom(sentence.text, d.index, at) && !timesAnEventAfter(sentence.text, d.index, at) && !toldThere(sentence.text, at)) && !ofSaying(d) && !bound(d) && !ofAppositiveThing(sentence.text, at, d.index));
  // "hold talks with X in Rabat, before travelling to Marrakech on Wednesday": a date told after "before" and a gerund is the later event's.
  const ofLaterEvent = (d: { index: number }) => ofLaterStop(sentence.text, at, d.index);
  // "leave for Beijing on Wednesday, where he will hold talks with Xi on Thursday": a date of the trigger's own "where" clause first.
  const clause = clauseAt(sentence.text, at);
  const clauseFrom = sentence.text.lastIndexOf(clause, at);
  const inWhere = clauseFrom >= 0 && /\bwhere\s*$/i.test(sentence.text.slice(0, clauseFrom));
  const ownWhere = (d: { index: number }) => inWhere && d.index >= clauseFrom && d.index < clauseFrom + clause.length;
  usable.sort((a, b) => Number(ofLaterEvent(a)) - Number(ofLaterEvent(b)) || Number(ownWhere(b)) - Number(ownWhere(a)) || Math.abs(a.index - at) - Math.abs(b.index - at));
  const nearest = usable[0]?.date;
  // "at the 2023 summit in Hiroshima later this month": a finer date of the same year says more.
  // "In February, X paid a visit to Cairo, where Y received him on Feb. 14": so does a day of the same month.
  const finer = nearest?.precision === 'YEAR' ? usable.find((d) => d.date!.precision !== 'YEAR' && datesCompatible(nearest, d.date!)) : nearest?.precision === 'MONTH' ? usable.find((d) => d.date!.precision === 'DAY' && datesCompatible(nearest, d.date!)) : undefined;
  return finer?.date ?? nearest;
}

/** True when every day a partial date can name lies more than a month before the publication day: another occasion than the story's. */
export function longBeforePublication(date: PartialDate, publishedAt: string | undefined): boolean {
  const pub = parseIsoDay(publishedAt);
  if (!pub) return false;
  const lastDay = Date.UTC(date.year, date.month ? date.month - 1 : 11, date.day ?? (date.month ? new Date(Date.UTC(date.year, date.month, 0)).getUTCDate() : 31));
  return Date.UTC(pub.year, pub.month - 1, pub.day) - lastDay > 31 * 86_400_000;
}

/** True when every day a partial date can name lies after the publication day. */
export function afterPublication(date: PartialDate, publishedAt: string | undefined): boolean {
  const pub = parseIsoDay(publishedAt);
  if (!pub) return false;
  const key = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;
  const last = key(date.year, date.month ?? 12, date.day ?? 31);
  const first = key(date.year, date.month ?? 1, date.day ?? 1);
  return first > key(pub.year, pub.month, pub.day) && last > key(pub.year, pub.month, pub.day);
}

/** The day `n` days before a day. */
export function daysBefore(date: PartialDate, n: number): PartialDate {
  const d = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, (date.day ?? 1) - n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), precision: 'DAY' };
}
