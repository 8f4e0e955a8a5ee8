/**
 * Dates stage: finds date expressions in a sentence and resolves them against
 * the publication date. Relative expressions ("Thursday", "last week",
 * "in April") need the publication date; without it they are reported as a
 * warning and left unresolved — never guessed.
 */
import * as chrono from 'chrono-node';
import type { PartialDate } from '../types.ts';
import type { ArticleContext } from './context.ts';

/**
 * The tense a sentence speaks in, which decides which "Friday" or "April" is
 * meant. NEAREST is the future in the past ("had been due to visit in
 * January"): a plan told from a moment near publication, so the nearest such
 * day or month on either side.
 */
export type Tense = 'PAST' | 'FUTURE' | 'NEAREST';

/** A date expression found in a sentence. */
export interface DateMention {
  /** Offset of the expression within the sentence. */
  index: number;
  text: string;
  date?: PartialDate;
  /** A multi-year period ("in the last 18 years"), never one date. */
  span?: { fromYear: number; toYear: number };
  /** Set when the expression is relative and there was no publication date to resolve it. */
  unresolved?: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR = /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;

/** A month by name or a numeric day/month: what a day date chrono reads must contain. */
const NAMES_A_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\d{1,4}[/.-]\d{1,2}/i;

/**
 * Words that put a clause in the future: "will meet", "is due to", "plans to",
 * "agreed to meet again in June" (a meeting agreed on is still to come),
 * "accepted an invitation to visit Jakarta in October",
 * "is scheduled to" (or "is also scheduled to"), "scheduled for Friday", "pencilled in for Wednesday"; also the future in the past ("had been scheduled to",
 * "was due to"), whose dates lie after the moment the story tells of.
 */
const FUTURE = /\b(?:will|shall|'ll|invitations? (?:from [\p{L}'’.-]+(?: [\p{L}'’.-]+){0,3} )?to (?:visit|come|attend|pay|make)|(?:is|are|was|were|had been|has been) (?:(?:also|now|still|next|[a-z]+ly) )?(?:due|set|scheduled|expected|slated|going) to|plans? to|planned to|intends? to|(?:expects?|hopes?|aims?|wants?|seeks?) to|(?:agreed|agrees|decided|promised|pledged|vowed|resolved|undertook) to (?:meet|visit|hold|host|travel|return|reconvene|convene|resume|talk)|(?:is|are) (?:expected|due) (?:in|at|on|for|back)\b|to be (?:held|signed)|would (?:meet|visit|travel|hold|sign|host|receive|welcome|attend|call|take place|be held|go ahead)|(?:is|are) to (?!be\b)[a-z]+|(?:scheduled|planned|slated|set|due|pencil+ed in) (?:for|on))\b/iu;

/**
 * The future in the past: "had been due to", "was scheduled to", "were
 * supposed to", "had originally been set for May 7", "was initially planned
 * for", and a plan told as superseded ("the talks, originally scheduled for
 * Tuesday, …"), and a plan told in the past perfect ("had planned to travel
 * to Seoul in June"): a plan made before the moment the story tells of.
 */
const FUTURE_IN_PAST = /\b(?:had (?:[a-z]+ly )?(?:planned|intended|hoped|wanted|expected|meant) to|(?:had (?:[a-z]+ly )?been|was|were) (?:(?:also|[a-z]+ly) )?(?:due|set|scheduled|slated|supposed|expected|planned|arranged|pencil+ed in) (?:to|for|on)|(?:was|were) (?:then |also |next )?to (?!be\b)[a-z]+|(?:originally|initially|previously|first) (?:due|set|scheduled|slated|planned|expected|pencil+ed in) (?:to|for|on)|(?:was|were) (?:expected|due) (?:in|at|back))\b/i;

/** The tense of a sentence: future when it has a future marker, past otherwise (news reports the past). */
export function tenseOf(sentence: string): Tense {
  return FUTURE.test(sentence) ? 'FUTURE' : 'PAST';
}

/** Where one clause ends and the next begins: punctuation, or a conjunction or relative word that opens a clause. */
const CLAUSE_BOUNDARY = /[,;:—–()]|\b(?:but|while|whereas|which|who|that|when|where|because|although|though)\b/gi;

/** A finite verb in the past ("signed", "met", "was"), not a participle of planning ("the planned visit"). */
export const PAST_VERB = /\b(?!(?:planned|scheduled|expected|proposed|intended|needed|wanted|hoped)\b)[a-z]{3,}ed\b|\b(?:met|held|spoke|spoken|signed|was|were|had|did|took|taken|made|went|gone|came|began|begun|told|said|paid|sent|gave|given|won|left|sat|flew|flown|saw|seen|led|brought|wrote|written|became|chose|chosen|drove|sought|stood|ran|broke|broken|struck|kept|lost)\b/i;

/** The clause of a sentence that holds offset `index`, between the clause boundaries around it. */
export function clauseAt(sentence: string, index: number): string {
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BOUNDARY)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= index) start = at + m[0].length;
    else if (at > index) {
      end = at;
      break;
    }
  }
  return sentence.slice(start, end);
}

/** "and", then perhaps an adverb, before what may be a new verb phrase. */
const AND = /\band\s+(?:(?:then|also|later|now|again)\s+)?/g;

/** A verb phrase that opens with a future marker or a past verb in lower case (not "and United Nations …"). */
const FUTURE_FIRST = new RegExp(`^(?:${FUTURE.source})`, 'iu');
const PAST_FIRST = new RegExp(`^(?:${PAST_VERB.source})`);

/**
 * The stretch of the clause holding offset `index` that one verb governs:
 * the clause cut again where "and" opens a new verb phrase, so "met the king
 * on Monday and will travel to Oslo on Saturday" dates Monday in the past
 * and Saturday in the future.
 */
function verbPhraseAt(sentence: string, index: number): string {
  const clause = clauseAt(sentence, index);
  const from = sentence.lastIndexOf(clause, index);
  const cuts: { at: number; next: number }[] = [];
  for (const m of clause.matchAll(AND)) {
    const after = clause.slice((m.index ?? 0) + m[0].length);
    if (FUTURE_FIRST.test(after) || PAST_FIRST.test(after)) cuts.push({ at: m.index ?? 0, next: (m.index ?? 0) + m[0].length });
  }
  for (const m of clause.matchAll(REPORTED)) cuts.push({ at: (m.index ?? 0) + m[0].length, next: (m.index ?? 0) + m[0].length });
  let start = 0;
  let end = clause.length;
  for (const c of cuts.sort((a, b) => a.at - b.at)) {
    if (from + c.next <= index) start = c.next;
    else if (from + c.at > index) {
      end = c.at;
      break;
    }
  }
  return clause.slice(start, end);
}

/**
 * A reporting verb with the day it was said ("Officials said on Tuesday",
 * "told reporters on Thursday"): what follows is the reported clause, with a
 * tense of its own ("… the summit would take place on Monday").
 */
const REPORTED = new RegExp(`\\b(?:said|told (?:reporters|journalists|parliament|lawmakers)|announced|confirmed|added)\\s+(?:(?:late |early )?on\\s+)?(?:${WEEKDAYS.join('|')}|today|yesterday|last night)\\b`, 'gi');

/**
 * A present tense that tells a timetable ("Scholz travels to Beijing on
 * Monday", "the summit opens on Monday"): the future, when no past verb
 * stands in the clause. Verbs that are seldom nouns; not after a
 * determiner.
 */
const PRESENT_PLAN = /(?<!\b(?:the|a|an|his|her|its|their|our|of)\s)\b(?:travels|arrives|departs|flies|begins|opens|meets|attends|resumes|concludes|takes place|leaves for)\b/;

/** The clause after a verbless clause that opens the sentence and holds offset `index` ("On Monday, …"); undefined elsewhere. */
function clauseAfter(sentence: string, index: number): string | undefined {
  const comma = /^[^,;:—–()]*?,/.exec(sentence);
  if (!comma || comma[0].length <= index) return undefined;
  return clauseAt(sentence, comma[0].length + 1);
}

/**
 * The tense of the clause a date stands in, so "signed a framework agreement
 * in July, under which Poland plans to buy …" dates the signing in the past
 * though the sentence also speaks of the future. A clause with a future
 * marker is future; a future in the past is NEAREST; a clause with a past
 * verb is past; a clause with no verb takes the sentence's tense.
 */
export function tenseAt(sentence: string, index: number): Tense {
  const clause = verbPhraseAt(sentence, index);
  if (FUTURE_IN_PAST.test(clause)) return 'NEAREST';
  const planOfThePast = barePlanInThePast(sentence, clause);
  if (planOfThePast) return planOfThePast;
  if (FUTURE.test(clause)) return 'FUTURE';
  if (PAST_VERB.test(clause)) return 'PAST';
  if (PRESENT_PLAN.test(clause)) return 'FUTURE';
  // "On Monday, Baerbock was received in Abu Dhabi …": a fronted date takes the tense of the clause it opens.
  const next = clauseAfter(sentence, index);
  if (next !== undefined) {
    if (FUTURE_IN_PAST.test(next)) return 'NEAREST';
    if (FUTURE.test(next)) return 'FUTURE';
    if (PAST_VERB.test(next)) return 'PAST';
    if (PRESENT_PLAN.test(next)) return 'FUTURE';
  }
  if (FUTURE_IN_PAST.test(sentence)) return 'NEAREST';
  return tenseOf(sentence);
}

/** A plan told by a bare participle set off after its noun: ", planned for March,", ", scheduled for Friday,". */
const BARE_PLAN = /^\s*(?:(?:originally|initially|first|tentatively|provisionally)\s+)?(?:planned|scheduled|slated|set|pencil+ed in|earmarked)\s+(?:for|on)\b/i;

/**
 * "A trip by X to Tokyo, planned for March, was postponed": a plan told by a
 * bare participle has no tense of its own; the rest of the sentence gives
 * it. A sentence that tells it in the past (and no future) makes it a plan
 * of the past, dated on the nearer side of publication (NEAREST); undefined
 * otherwise.
 */
function barePlanInThePast(sentence: string, clause: string): Tense | undefined {
  if (!BARE_PLAN.test(clause)) return undefined;
  const rest = sentence.replace(clause, ' ');
  return !FUTURE.test(rest) && PAST_VERB.test(rest) ? 'NEAREST' : undefined;
}

/** A publication date as a UTC calendar day. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Parses ISO `YYYY-MM-DD` into a Day; undefined when absent or malformed. */
export function parseIsoDay(iso: string | undefined): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

function toUtc(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function addDays(d: Day, days: number): Day {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + days);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

function dayDate(d: Day): PartialDate {
  return { year: d.year, month: d.month, day: d.day, precision: 'DAY' };
}

function monthDate(d: { year: number; month: number }): PartialDate {
  return { year: d.year, month: d.month, precision: 'MONTH' };
}

/**
 * The weekday meant relative to the publication day: in the past tense the
 * latest such day not after publication ("Thursday" in Friday's paper is the
 * day before), in the future tense the next one not before it. "last"/"next"
 * exclude the publication day itself.
 */
export function resolveWeekday(weekday: number, pub: Day, tense: Tense, modifier?: 'last' | 'next' | 'this'): Day {
  const pubWeekday = toUtc(pub).getUTCDay();
  // "had been scheduled for this Friday": a plan of the days around publication, whichever side.
  if (tense === 'NEAREST' && (!modifier || modifier === 'this')) {
    const ahead = (weekday - pubWeekday + 7) % 7;
    const back = (pubWeekday - weekday + 7) % 7;
    return addDays(pub, ahead <= back ? ahead : -back);
  }
  if (tense === 'FUTURE' || modifier === 'next') {
    let ahead = (weekday - pubWeekday + 7) % 7;
    if (ahead === 0 && modifier === 'next') ahead = 7;
    return addDays(pub, ahead);
  }
  let back = (pubWeekday - weekday + 7) % 7;
  if (back === 0 && modifier === 'last') back = 7;
  return addDays(pub, -back);
}

/**
 * The month meant by a month name with no year: in the past tense the latest
 * such month not after publication ("In April" in September 2019 → 2019-04),
 * in the future tense the next one not before it.
 */
export function resolveMonth(month: number, pub: Day, tense: Tense): { year: number; month: number } {
  if (tense === 'NEAREST') {
    const ahead = (month - pub.month + 12) % 12;
    const back = (pub.month - month + 12) % 12;
    return ahead <= back ? resolveMonth(month, pub, 'FUTURE') : resolveMonth(month, pub, 'PAST');
  }
  if (tense === 'FUTURE') return { year: month >= pub.month ? pub.year : pub.year + 1, month };
  return { year: month <= pub.month ? pub.year : pub.year - 1, month };
}

interface Pattern {
  regex: RegExp;
  resolve: (m: RegExpExecArray, pub: Day, tense: Tense) => Pick<DateMention, 'date' | 'span'>;
  /** Whether the expression needs the publication date. */
  relative: boolean;
}

const WEEKDAY_RE = WEEKDAYS.join('|');
const MONTH_RE = MONTHS.join('|');

/** Relative and partial expressions chrono does not resolve the way news needs. Order matters: longer first. */
const PATTERNS: Pattern[] = [
  {
    // "between 2010 and 2020", "from 2015 to 2019", "in 2019-20": a range of years is a span, never one of its years.
    // Not a range in a name ("the Strategic Partnership 2019-2023").
    regex: /\b(?:between\s+(1[89]\d\d|20\d\d)\s+and\s+(1[89]\d\d|20\d\d)|from\s+(1[89]\d\d|20\d\d)\s+(?:to|until|through|till)\s+(1[89]\d\d|20\d\d)|(?:in|during|over|throughout)\s+(1[89]\d\d|20\d\d)\s*[-–]\s*((?:1[89]|20)?\d\d))\b(?![-–/.]?\d)/gi,
    relative: false,
    resolve: (m) => {
      const from = Number(m[1] ?? m[3] ?? m[5]);
      const to = m[6] !== undefined && m[6].length === 2 ? Math.floor(from / 100) * 100 + Number(m[6]) : Number(m[2] ?? m[4] ?? m[6]);
      return to > from ? { span: { fromYear: from, toYear: to } } : {};
    },
  },
  {
    // "in the 1990s" is that decade; "since the 1990s" runs from it to publication.
    regex: /\b(in|during|throughout|since)\s+the\s+((?:1[89]|20)\d0)s\b/gi,
    relative: true,
    resolve: (m, pub) => {
      const from = Number(m[2]);
      return { span: { fromYear: from, toYear: m[1]!.toLowerCase() === 'since' ? pub.year : from + 9 } };
    },
  },
  {
    regex: /\b(?:in|over|during|for) the (?:last|past|previous) (\d+|[a-z]+(?:-[a-z]+)?) years\b/gi,
    relative: true,
    resolve: (m, pub) => {
      const n = wordNumber(m[1]!);
      return n ? { span: { fromYear: pub.year - n, toYear: pub.year } } : {};
    },
  },
  {
    // "In the 15 years since, the two have signed …": the years counted back from publication.
    regex: /\b(?:in|over|during|for) the (\d+|[a-z]+(?:-[a-z]+)?) years since\b/gi,
    relative: true,
    resolve: (m, pub) => {
      const n = wordNumber(m[1]!);
      return n ? { span: { fromYear: pub.year - n, toYear: pub.year } } : {};
    },
  },
  {
    // "over the past two decades", "in the last decade" (one decade when no number is told).
    regex: /\b(?:in|over|during|for) the (?:last|past|previous) (?:(\d+|[a-z]+(?:-[a-z]+)?|a) )?decades?\b/gi,
    relative: true,
    resolve: (m, pub) => {
      const n = m[1] === undefined || m[1].toLowerCase() === 'a' ? 1 : wordNumber(m[1]);
      return n ? { span: { fromYear: pub.year - 10 * n, toYear: pub.year } } : {};
    },
  },
  {
    // "since establishing diplomatic relations in 1974", "since Tuvalu's independence in 1978": the year of the event the span starts from.
    regex: /\bsince (?:(?:[\p{L}'’-]+ ){1,5}in )?(\d{4})\b/giu,
    relative: true,
    resolve: (m, pub) => ({ span: { fromYear: Number(m[1]), toYear: pub.year } }),
  },
  {
    regex: new RegExp(`\\b(?:(last|next|this|on|early|late)\\s+)?(${WEEKDAY_RE})(?:'s|’s)?\\b`, 'gi'),
    relative: true,
    resolve: (m, pub, tense) => {
      const modifier = m[1]?.toLowerCase();
      const weekday = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const mod = modifier === 'last' || modifier === 'next' || modifier === 'this' ? modifier : undefined;
      // "Friday's parade" is named by its day whatever the verb tense around it; keep the sentence tense.
      return { date: dayDate(resolveWeekday(weekday, pub, tense, mod)) };
    },
  },
  {
    // "two days ago", "a week ago", "three months ago", "a year ago": counted back from publication, as precise as the unit.
    regex: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (day|week|fortnight|month|year)s? ago\b/gi,
    relative: true,
    resolve: (m, pub) => {
      const n = /^an?$/i.test(m[1]!) ? 1 : wordNumber(m[1]!);
      if (!n) return {};
      const unit = m[2]!.toLowerCase();
      if (unit === 'day') return { date: dayDate(addDays(pub, -n)) };
      if (unit === 'week' || unit === 'fortnight') return { date: monthDate(addDays(pub, (unit === 'week' ? -7 : -14) * n)) };
      if (unit === 'year') return { date: { year: pub.year - n, precision: 'YEAR' } };
      const index = pub.year * 12 + (pub.month - 1) - n;
      return { date: monthDate({ year: Math.floor(index / 12), month: (index % 12) + 1 }) };
    },
  },
  {
    // "in two days", "in three weeks' time": counted on from publication, in a clause about the future only ("in two days of talks" is a duration).
    regex: /\bin (a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (day|week|fortnight|month)s?(?:['’]s?|s['’])?(?: time)?(?=[\s,.;)]|$)(?! of\b)/gi,
    relative: true,
    resolve: (m, pub, tense) => {
      const n = /^an?$/i.test(m[1]!) ? 1 : wordNumber(m[1]!);
      // "will visit three cities in five days": a count of things before it makes it a duration.
      const counted = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens of)\s+\p{L}+s\b/iu.test(clauseAt(m.input, m.index ?? 0).split(m[0])[0] ?? '');
      if (!n || tense !== 'FUTURE' || counted) return {};
      const unit = m[2]!.toLowerCase();
      if (unit === 'day') return { date: dayDate(addDays(pub, n)) };
      if (unit === 'week' || unit === 'fortnight') return { date: monthDate(addDays(pub, (unit === 'week' ? 7 : 14) * n)) };
      const index = pub.year * 12 + (pub.month - 1) + n;
      return { date: monthDate({ year: Math.floor(index / 12), month: (index % 12) + 1 }) };
    },
  },
  { regex: /\b(?:yesterday|last night)\b/gi, relative: true, resolve: (_m, pub) => ({ date: dayDate(addDays(pub, -1)) }) },
  { regex: /\btomorrow\b/gi, relative: true, resolve: (_m, pub) => ({ date: dayDate(addDays(pub, 1)) }) },
  { regex: /\b(?:today|tonight|this morning|this afternoon|this evening)\b/gi, relative: true, resolve: (_m, pub) => ({ date: dayDate(pub) }) },
  // "Later in the day, X is scheduled to meet Y": told ahead, the day is the story's own; told in the past, it is the day just told.
  { regex: /\blater in the day\b/gi, relative: true, resolve: (_m, pub, tense) => (tense === 'PAST' ? {} : { date: dayDate(pub) }) },
  {
    // "at the end of May", "in the first week of June", "the second half of March": a part of a month is dated to the month.
    regex: new RegExp(`\\b(?:(?:beginning|start|end|middle|close)|(?:first|second|third|fourth|last|final|latter|early|late) (?:week|half|days|fortnight|part))\\s+of\\s+(${MONTH_RE})\\b(?!\\s*,?\\s*\\d)`, 'gi'),
    relative: true,
    resolve: (m, pub, tense) => ({ date: monthDate(resolveMonth(MONTHS.indexOf(m[1]!.toLowerCase()) + 1, pub, tense)) }),
  },
  {
    // "at the weekend", "last weekend", "this weekend": the month of that Saturday (a weekend is no one day).
    regex: /\b(last|this|next|at the|over the|on the|during the) weekend\b/gi,
    relative: true,
    resolve: (m, pub, tense) => {
      const word = m[1]!.toLowerCase();
      const ahead = word === 'next' || (word !== 'last' && tense === 'FUTURE');
      // The coming Saturday (a week on for "next" when publication is a Saturday), or the last one before publication.
      const saturday = ahead ? resolveWeekday(6, addDays(pub, word === 'next' ? 1 : 0), 'FUTURE') : resolveWeekday(6, addDays(pub, -1), 'PAST');
      return { date: monthDate(saturday) };
    },
  },
  {
    // "earlier in the week", "later in the year", "at the start of the month": a part of the publication's week, month or year.
    // So is "in the first half of the year", "the last quarter of the year", "the final days of the month".
    regex: /\b(?:(?:earlier|later) in the|(?:at )?the (?:start|beginning|end|middle) of the|the (?:first|second|latter|last|final) (?:half|quarter|part|weeks|days|months) of the) (week|month|year)\b/gi,
    relative: true,
    resolve: (m, pub) => (m[1]!.toLowerCase() === 'year' ? { date: { year: pub.year, precision: 'YEAR' } } : { date: monthDate(pub) }),
  },
  {
    // "in September last year", "in March of next year": the month of the year before or after publication.
    regex: new RegExp(`\\b(?:in\\s+(?:(?:early|mid|late)(?:-| ))?)?(${MONTH_RE})\\s+(?:of\\s+)?(last|next|this) year\\b`, 'gi'),
    relative: true,
    resolve: (m, pub) => {
      const shift = m[2]!.toLowerCase() === 'last' ? -1 : m[2]!.toLowerCase() === 'next' ? 1 : 0;
      return { date: monthDate({ year: pub.year + shift, month: MONTHS.indexOf(m[1]!.toLowerCase()) + 1 }) };
    },
  },
  {
    regex: /\b(last|this|next|earlier this|later this) week\b/gi,
    relative: true,
    resolve: (m, pub) => {
      const shift = m[1]!.toLowerCase() === 'last' ? -7 : m[1]!.toLowerCase() === 'next' ? 7 : 0;
      return { date: monthDate(addDays(pub, shift)) };
    },
  },
  {
    regex: /\b(last|this|next|earlier this|later this) month\b/gi,
    relative: true,
    resolve: (m, pub) => {
      const shift = m[1]!.toLowerCase() === 'last' ? -1 : m[1]!.toLowerCase() === 'next' ? 1 : 0;
      const index = pub.year * 12 + (pub.month - 1) + shift;
      return { date: monthDate({ year: Math.floor(index / 12), month: (index % 12) + 1 }) };
    },
  },
  {
    regex: /\b(last|this|next|earlier this|later this) year\b/gi,
    relative: true,
    resolve: (m, pub) => {
      const shift = m[1]!.toLowerCase() === 'last' ? -1 : m[1]!.toLowerCase() === 'next' ? 1 : 0;
      return { date: { year: pub.year + shift, precision: 'YEAR' } };
    },
  },
  {
    // "planned for March", "had initially been scheduled for April", "pencilled in for early June": the month a plan was set for.
    // Only after a word of planning: "support for May" names no month.
    regex: new RegExp(`(?<=\\b(?:scheduled|planned|set|slated|due|fixed|arranged|pencil+ed in|earmarked|timed)\\s+(?:(?:initially|originally|tentatively|provisionally|first)\\s+)?)for\\s+(?:(?:early|mid|late)(?:-|\\s+))?(${MONTH_RE})\\b(?!\\s*(?:\\d|,\\s*\\d))`, 'gi'),
    relative: true,
    resolve: (m, pub, tense) => ({ date: monthDate(resolveMonth(MONTHS.indexOf(m[1]!.toLowerCase()) + 1, pub, tense)) }),
  },
  {
    // "in April", "in early March", "last April"; not "April 3" (chrono reads those) and not "April 2019" (below).
    // "the Prime Minister's July visit": a month before the event it dates.
    regex: new RegExp(`(?:\\b(?:in|since|by|until|last|next|this|(?:in )?(?:early|mid|late)(?:-| )?)|(?:'s|’s))\\s*(${MONTH_RE})\\b(?!\\s*(?:\\d|,\\s*\\d))`, 'gi'),
    relative: true,
    resolve: (m, pub, tense) => {
      const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
      const modifier = /^\s*(last|next|this)\b/i.exec(m[0])?.[1]?.toLowerCase();
      // "last June" in a June story is a year back, "next June" a year on, "this June" the publication's.
      if (modifier === 'this') return { date: monthDate({ year: pub.year, month }) };
      if (modifier && month === pub.month) return { date: monthDate({ year: pub.year + (modifier === 'next' ? 1 : -1), month }) };
      const t: Tense = modifier === 'next' ? 'FUTURE' : modifier === 'last' ? 'PAST' : tense;
      return { date: monthDate(resolveMonth(month, pub, t)) };
    },
  },
  {
    regex: new RegExp(`\\b(${MONTH_RE})\\s+(\\d{4})\\b`, 'gi'),
    relative: false,
    resolve: (m) => ({ date: monthDate({ year: Number(m[2]), month: MONTHS.indexOf(m[1]!.toLowerCase()) + 1 }) }),
  },
  {
    // A year as a modifier: "the 1984 treaty", "the 2015 accord", "their 2019 summit".
    regex: /\b(?:the|a|its|their|his|her)\s+(1[89]\d\d|20\d\d)\s+(?=["“]?\p{L})/giu,
    relative: false,
    resolve: (m) => ({ date: { year: Number(m[1]), precision: 'YEAR' } }),
  },
  {
    // "in 2019", "in early 2024", "by mid-2023": a part of a year is dated to its year.
    regex: /\b(?:in|since|by|until|of|during|before|after)\s+(?:(?:early|mid|late)(?:-|\s+))?(1[89]\d\d|20\d\d)\b(?![-–]\d)/gi,
    relative: false,
    resolve: (m) => ({ date: { year: Number(m[1]), precision: 'YEAR' } }),
  },
  {
    // "signed on Pheasant Island in 1659": an older year, but not a count ("in 1500 homes", "of 1,200 troops").
    regex: /\b(?:in|since|until|during|before|after)\s+(1[0-7]\d\d)\b(?![-–,.]?\d)(?!\s*(?:%|\p{Ll}))/giu,
    relative: false,
    resolve: (m) => ({ date: { year: Number(m[1]), precision: 'YEAR' } }),
  },
];

function wordNumber(text: string): number | undefined {
  const n = Number(text);
  if (Number.isInteger(n)) return n;
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
  const i = words.indexOf(text.toLowerCase());
  return i > 0 ? i : undefined;
}

/**
 * Every date expression of a sentence, in order, resolved against `publishedAt`
 * (ISO day) when relative. Absolute day dates ("June 3, 2022", "3 June") are
 * read by chrono-node; a day and month with no year takes the year the tense implies.
 */
export function findDates(sentence: string, publishedAt: string | undefined): DateMention[] {
  const pub = parseIsoDay(publishedAt);
  const found: DateMention[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  for (const c of absoluteDays(sentence, pub)) {
    found.push(c);
    taken.push([c.index, c.index + c.text.length]);
  }
  for (const p of PATTERNS) {
    for (const m of sentence.matchAll(p.regex)) {
      const index = m.index ?? 0;
      if (overlaps(index, index + m[0].length)) continue;
      taken.push([index, index + m[0].length]);
      if (p.relative && !pub) {
        found.push({ index, text: m[0], unresolved: `relative date "${m[0].trim()}" left unresolved: no publication date` });
        continue;
      }
      found.push({ index, text: m[0], ...p.resolve(m as RegExpExecArray, pub ?? { year: 0, month: 1, day: 1 }, tenseAt(sentence, index)) });
    }
  }
  return inOrder(sentence, found.filter((f) => f.date || f.span || f.unresolved).sort((a, b) => a.index - b.index));
}

/** A weekday named alone ("Saturday", "on Saturday"), whose week is read from the tense. */
const BARE_WEEKDAY = new RegExp(`^(?:on\\s+)?(?:${WEEKDAY_RE})$`, 'i');

/**
 * "met him on Monday before flying to Paris on Saturday": what is told after
 * "before" is not earlier than the day told before it, and what is told
 * after "after" not later; a bare weekday that breaks the order is moved a
 * week.
 */
function inOrder(sentence: string, found: DateMention[]): DateMention[] {
  for (let i = 1; i < found.length; i++) {
    const d = found[i]!;
    const anchor = found.slice(0, i).filter((a) => a.date?.precision === 'DAY').pop();
    if (!anchor || !d.date || d.date.precision !== 'DAY' || !BARE_WEEKDAY.test(d.text.trim())) continue;
    const between = sentence.slice(anchor.index + anchor.text.length, d.index);
    const order = /\b(before|after)\b(?![^]*\b(?:before|after)\b)/i.exec(between);
    const word = order?.[1]?.toLowerCase();
    if (!word || /[;.]/.test(between)) continue;
    // "arrived on Monday after a visit to Brazil, was welcomed on Tuesday": past a comma, the weekday is no longer in the "after" phrase.
    // "before flying to Mongolia, where talks … had been arranged for Monday": a "where" clause still tells the later stop.
    if (between.slice(order!.index).replace(/,\s+where\b/g, ' where').includes(',')) continue;
    const at = Date.UTC(d.date.year, d.date.month! - 1, d.date.day!);
    const from = Date.UTC(anchor.date!.year, anchor.date!.month! - 1, anchor.date!.day!);
    const shift = word === 'before' && at < from ? 7 : word === 'after' && at > from ? -7 : 0;
    if (shift) found[i] = { ...d, date: dayDate(addDays({ year: d.date.year, month: d.date.month!, day: d.date.day! }, shift)) };
  }
  return found;
}

/** The year of a day and month told without one: the latest such day for the past, the next for the future, the nearest for a plan told in the past. */
function yearOfDay(month: number, day: number, pub: Day, tense: Tense): number {
  const past = toUtc(pub) >= new Date(Date.UTC(pub.year, month - 1, day)) ? pub.year : pub.year - 1;
  const future = toUtc(pub) <= new Date(Date.UTC(pub.year, month - 1, day)) ? pub.year : pub.year + 1;
  if (tense === 'PAST') return past;
  if (tense === 'FUTURE') return future;
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day) - toUtc(pub).getTime());
  return distance(past) <= distance(future) ? past : future;
}

/** "the afternoon of", "the evening of": a time of the day before the day it names. */
const TIME_OF_DAY_OF = /\b(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+(?=\S)/gi;

/**
 * The sentence with "the afternoon of" before a day blanked out (same
 * length, so offsets hold): chrono reads "afternoon of Sept 4" as a time of
 * today, but it is Sept 4.
 */
function withoutTimeOfDay(sentence: string): string {
  return sentence.replace(TIME_OF_DAY_OF, (m) => ' '.repeat(m.length));
}

/** Day-precision dates chrono reads with a certain month and day ("July 28", "June 3, 2022", "3 June 2022"). */
function absoluteDays(sentence: string, pub: Day | undefined): DateMention[] {
  const out: DateMention[] = [];
  const ref = pub ? toUtc(pub) : new Date(Date.UTC(2000, 0, 1));
  for (const r of chrono.parse(withoutTimeOfDay(sentence), { instant: ref, timezone: 0 })) {
    const s = r.start;
    if (!s.isCertain('month') || !s.isCertain('day')) continue;
    if (/\b(?:today|tomorrow|yesterday|week|month|year|ago)\b/i.test(r.text) || MONTH_ABBR.test(r.text.trim().toLowerCase())) continue;
    // "the end of May" is no one day: the month patterns read it.
    if (/^(?:the\s+)?(?:beginning|start|end|middle|close|mid)\b/i.test(r.text.trim()) && !/\b\d{1,2}(?:st|nd|rd|th)?\b/.test(r.text)) continue;
    // "for about 90 minutes" is a duration chrono dates to today: a day date names its month.
    if (!NAMES_A_DAY.test(r.text)) continue;
    const month = s.get('month')!;
    const day = s.get('day')!;
    let year: number | undefined = s.isCertain('year') ? s.get('year')! : undefined;
    const tense = tenseAt(sentence, r.index);
    if (year === undefined) {
      if (!pub) {
        out.push({ index: r.index, text: r.text, unresolved: `date "${r.text}" has no year and there is no publication date` });
        continue;
      }
      // "on March 3 last year": the year told right after the day.
      const said = /^,?\s+(?:of\s+)?(last|this|next) year\b/i.exec(sentence.slice(r.index + r.text.length));
      const shift = said ? { last: -1, this: 0, next: 1 }[said[1]!.toLowerCase() as 'last' | 'this' | 'next'] : undefined;
      year = shift === undefined ? yearOfDay(month, day, pub, tense) : pub.year + shift;
      if (said) {
        out.push({ index: r.index, text: r.text + said[0], date: { year, month, day, precision: 'DAY' } });
        continue;
      }
    }
    out.push({ index: r.index, text: r.text, date: { year, month, day, precision: 'DAY' } });
  }
  return out;
}

/** "the next day", "the following morning", "the day before the summit", "two days later". */
const DAY_AROUND = /\b(?:the (next|following) (?:day|morning|evening|afternoon|night)|the day (before|after) the (?:summit|visit|talks|meeting|ceremony|signing|conference)|(a|one|two|three|four|five|six|seven|\d) (days?|weeks?) (later|earlier)(?!\s+than\b)|the (previous|preceding) (?:day|morning|evening|afternoon|night)|the day (before|after)(?=\s*[,;.]|\s+(?:and|but|when)\b|\s*$))\b/i;

/**
 * "The talks took place a day after Orban met Putin": the story's event
 * dated from the other, so the other lies that many days the other way.
 */
const EVENT_DAYS_FROM = /\bthe (?:summit|visit|talks|meeting|ceremony|signing|conference)\s+(?:took place|came|were held|was held|happened)\s+(a|one|two|three) days? (after|before)\b/i;

/** "BELGRADE, October 19. /TASS/.": a dateline alone, which tells when the story was filed, not its event. */
const DATELINE_ONLY = /^[\p{Lu}][\p{Lu}\s.'-]*,\s*(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b[^\p{Ll}]*$/u;

/**
 * The story's lead, whose day is the day of the story's event: its first
 * sentence after any dateline standing alone, or the sentence after it when
 * only that one gives a day (a lead that sums up, "X and Y have signed a new
 * partnership", then "… signed it in Suva this afternoon").
 */
export function leadOf(sentences: readonly string[], publishedAt: string | undefined): string | undefined {
  const start = sentences.findIndex((s) => !DATELINE_ONLY.test(s.trim()));
  if (start < 0) return sentences[0];
  const givesDay = (s: string | undefined) => s !== undefined && findDates(s, publishedAt).some((d) => d.date?.precision === 'DAY');
  return !givesDay(sentences[start]) && givesDay(sentences[start + 1]) ? sentences[start + 1] : sentences[start];
}

/** The lead sentence of each article, found once (it reads dates with chrono; dateNear runs for every trigger, the agreements stage for every sentence). */
const leads = new WeakMap<ArticleContext, { lead: string | undefined }>();

/** The article's lead sentence (see `leadOf`), worked out once per article. */
export function leadOfArticle(ctx: ArticleContext): string | undefined {
  let found = leads.get(ctx);
  if (!found) leads.set(ctx, (found = { lead: leadOf(ctx.sentences.map((x) => x.text), ctx.publishedAt) }));
  return found.lead;
}

/** "The talks took place a day after X met Y": the day of the event told after, counted from the lead's day. */
function eventDaysFrom(sentence: string, publishedAt: string | undefined, lead: string | undefined): DateMention[] {
  const m = EVENT_DAYS_FROM.exec(sentence);
  const anchor = lead === undefined || !m ? undefined : findDates(lead, publishedAt).find((d) => d.date?.precision === 'DAY')?.date;
  if (!m || !anchor) return [];
  const count = ['a', 'one', 'two', 'three'].indexOf(m[1]!.toLowerCase());
  const shift = (m[2]!.toLowerCase() === 'after' ? -1 : 1) * Math.max(1, count);
  const text = m[0].slice(m[0].search(new RegExp(`${m[1]!} days?`, 'i')));
  return [{ index: m.index + m[0].length - text.length, text, date: dayDate(addDays({ year: anchor.year, month: anchor.month!, day: anchor.day! }, shift)) }];
}

/** "the following Monday", "the previous Friday": a weekday counted from a day told before. */
const WEEKDAY_FROM_DAY = new RegExp(`\\bthe (following|next|previous|preceding) (${WEEKDAY_RE})\\b`, 'gi');

/**
 * "The pact was signed on May 2. They met again the following Monday": the
 * first such weekday after (or, for "previous", before) the day told
 * earlier in the sentence, else the last day of the sentence before.
 */
function weekdayFromDay(sentence: string, own: DateMention[], previous: string | undefined, publishedAt: string | undefined): DateMention[] {
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(WEEKDAY_FROM_DAY)) {
    const at = m.index ?? 0;
    const anchor = own.filter((d) => d.index < at && d.date?.precision === 'DAY').pop()?.date ?? lastDay(previous, publishedAt);
    if (!anchor) continue;
    const from = { year: anchor.year, month: anchor.month!, day: anchor.day! };
    const weekday = WEEKDAYS.indexOf(m[2]!.toLowerCase());
    const back = /^(?:previous|preceding)$/i.test(m[1]!);
    out.push({ index: at, text: m[0], date: dayDate(resolveWeekday(weekday, addDays(from, back ? -1 : 1), back ? 'PAST' : 'FUTURE')) });
  }
  return out;
}

/** "a day after holding talks", "the day after the election", "two days before the summit": what is told after it lies that many days from the day of its clause. */
const DAYS_FROM_DAY = /\b(?:(a|one|two|three|four|five|six|seven) days?|the day) (after|before)\b(?!\s*[,;.]|\s*$)/gi;

/**
 * "X will call on Y later today, a day after holding talks with Z": the
 * event told after "a day after" was one day before the day the sentence
 * gives before it ("two days before the summit": two days after it). Only
 * a day the sentence itself gives anchors it: without one the day of the
 * main clause is unknown.
 */
function daysFromDay(sentence: string, own: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(DAYS_FROM_DAY)) {
    const at = m.index ?? 0;
    if (own.some((d) => at < d.index + d.text.length && d.index < at + m[0].length)) continue;
    const anchor = own.filter((d) => d.index < at && d.date?.precision === 'DAY').pop()?.date;
    if (!anchor) continue;
    const count = m[1] === undefined ? 1 : Math.max(1, ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'].indexOf(m[1].toLowerCase()));
    const shift = (m[2]!.toLowerCase() === 'after' ? -1 : 1) * count;
    out.push({ index: at, text: m[0], date: dayDate(addDays({ year: anchor.year, month: anchor.month!, day: anchor.day! }, shift)) });
  }
  return out;
}

/**
 * Days told relative to another day: "the next day" and "two days later"
 * count from the last day the sentence before gave; "the day before the
 * summit" from the day of the story's lead event (the first day its lead
 * sentence gives).
 */
function daysAround(sentence: string, previous: string | undefined, publishedAt: string | undefined, lead: string | undefined, own: DateMention[] = []): DateMention[] {
  const m = DAY_AROUND.exec(sentence);
  if (!m) return [];
  const fromLead = m[2] !== undefined;
  // "arrived on Saturday and met him the next day": a day told before it in its own sentence comes first.
  const before = fromLead ? undefined : own.filter((d) => d.index < m.index && d.date?.precision === 'DAY').pop()?.date;
  const anchorText = fromLead ? lead : previous;
  const anchors = anchorText === undefined ? [] : findDates(anchorText, publishedAt).filter((d) => d.date?.precision === 'DAY');
  const anchor = before ?? (fromLead ? anchors[0] : anchors[anchors.length - 1])?.date;
  if (!anchor) return [];
  const count = m[3] ? Math.max(1, wordNumber(m[3]) ?? 1) * (/^week/i.test(m[4]!) ? 7 : 1) : 1;
  let shift: number;
  if (m[1]) shift = 1;
  else if (m[2]) shift = m[2].toLowerCase() === 'before' ? -1 : 1;
  else if (m[3]) shift = (m[5]!.toLowerCase() === 'later' ? 1 : -1) * count;
  else if (m[6]) shift = -1;
  else shift = m[7]!.toLowerCase() === 'before' ? -1 : 1;
  const day = addDays({ year: anchor.year, month: anchor.month!, day: anchor.day! }, shift);
  return [{ index: m.index, text: m[0], date: dayDate(day) }];
}

/** "A month later", "two years earlier": a count of months or years from a date told before. */
const MONTHS_AROUND = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (months?|years?) (later|earlier)(?!\s+than\b)/i;

/** MONTHS_AROUND, and also counted back with "before": "had signed it two years before". */
const MONTHS_AROUND_OR_BEFORE = /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (months?|years?) (later|earlier|before)\b(?!\s+than\b)/i;

/**
 * "In February 2024, X and Y signed a framework agreement. A month later,
 * the two countries signed …": months or years counted from the last date
 * told before, in its own sentence or else the one before (a month needs a
 * date with its month, and is as precise as a month; a year, as a year).
 * `alsoBefore` reads "two years before" too.
 */
export function monthsLater(sentence: string, previous: string | undefined, publishedAt: string | undefined, own: DateMention[], alsoBefore = false): DateMention[] {
  const m = (alsoBefore ? MONTHS_AROUND_OR_BEFORE : MONTHS_AROUND).exec(sentence);
  if (!m) return [];
  const n = /^an?$/i.test(m[1]!) ? 1 : wordNumber(m[1]!);
  if (!n) return [];
  const told = (ds: DateMention[]) => ds.filter((d) => d.date && (!/^month/i.test(m[2]!) || d.date.month !== undefined)).pop()?.date;
  const anchor = told(own.filter((d) => d.index < m.index)) ?? (previous === undefined ? undefined : told(findDates(previous, publishedAt)));
  if (!anchor) return [];
  const shift = (m[3]!.toLowerCase() === 'later' ? 1 : -1) * n;
  if (/^year/i.test(m[2]!)) return [{ index: m.index, text: m[0], date: { year: anchor.year + shift, precision: 'YEAR' } }];
  const index = anchor.year * 12 + (anchor.month! - 1) + shift;
  return [{ index: m.index, text: m[0], date: monthDate({ year: Math.floor(index / 12), month: (index % 12) + 1 }) }];
}

/** "in October that year", "later that year", "the following year": the year told before, shifted for "following"/"previous". */
const THAT_YEAR = new RegExp(`\\b(?:(?:in\\s+(?:(?:early|mid|late)(?:-| ))?)?(${MONTH_RE})\\s+(?:of\\s+)?)?(?:(?:that|the same)|the (following|previous|preceding)) year\\b`, 'i');

/**
 * "that month", "the same month", "the following month": the month told
 * before, shifted for "following"/"previous"; "that week" is the month of
 * the day told before, "the following week" that of the day a week on.
 */
const THAT_MONTH = /\b(?:(?:that|the same)|the (following|previous|preceding)) (month|week)\b/i;

const shiftOf = (word: string | undefined) => (word === undefined ? 0 : word.toLowerCase() === 'following' ? 1 : -1);

/**
 * Dates that take their year or month from the last one told before them:
 * earlier in the same sentence ("became chancellor in May and went to Kyiv
 * that month"), else in the sentence before ("Buhari travelled to Pretoria
 * in October that year").
 */
function inThatYear(sentence: string, previous: string | undefined, own: DateMention[], publishedAt: string | undefined): DateMention[] {
  const out: DateMention[] = [];
  const m = THAT_YEAR.exec(sentence);
  if (m) {
    const before = own.filter((d) => d.date && d.index < m.index);
    const years = previous === undefined ? [] : [...previous.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)];
    const told = before.length ? before[before.length - 1]!.date!.year : years.length ? Number(years[years.length - 1]![1]) : undefined;
    if (told !== undefined) {
      const year = told + shiftOf(m[2]);
      const date: PartialDate = m[1] ? monthDate({ year, month: MONTHS.indexOf(m[1].toLowerCase()) + 1 }) : { year, precision: 'YEAR' };
      out.push({ index: m.index, text: m[0], date });
    }
  }
  const t = THAT_MONTH.exec(sentence);
  if (t) {
    const withMonth = (ds: DateMention[]) => ds.filter((d) => d.date?.month !== undefined);
    const before = withMonth(own.filter((d) => d.index < t.index));
    const told = (before.length ? before : previous === undefined ? [] : withMonth(findDates(previous, publishedAt))).pop()?.date;
    if (told && t[2]!.toLowerCase() === 'month') {
      const index = told.year * 12 + (told.month! - 1) + shiftOf(t[1]);
      out.push({ index: t.index, text: t[0], date: monthDate({ year: Math.floor(index / 12), month: (index % 12) + 1 }) });
    } else if (told && (shiftOf(t[1]) === 0 || told.day !== undefined)) {
      const day = told.day === undefined ? { year: told.year, month: told.month! } : addDays({ year: told.year, month: told.month!, day: told.day }, 7 * shiftOf(t[1]));
      out.push({ index: t.index, text: t[0], date: monthDate(day) });
    }
  }
  return out;
}
/**
 * "Later in the day", "in the evening": a time of the day the story is telling, with no day of its own.
 * So is a bare "later" that opens the sentence or comes right before the verb of the event ("Later, X held talks
 * with Y", "the ministers later held talks with Z"): the next event of the day just told.
 */
const TIME_OF_THE_DAY = /\b(?:(?:later|earlier) in the day|in the (?:morning|afternoon|evening)|(?:began|begins|started|starts|opened|opens|ended|ends|closed|closes) (?:the|her|his|their) day)\b|^Later\b(?!\s+(?:in|on|that|this|last|next)\b)|\blater\s+(?=(?:held|met|called|hosted|received|visited|spoke|had|joined|toured|attended)\b)/i;

/**
 * "Later on Monday, X called on Y. He was due to travel to Erbil in the
 * evening": a time of the day with no day of its own is the last day the
 * sentence before gave, or else the first day the lead gave (the story's day).
 */
function timeOfTheDay(sentence: string, own: DateMention[], previous: string | undefined, publishedAt: string | undefined, lead: string | undefined): DateMention[] {
  const m = TIME_OF_THE_DAY.exec(sentence);
  if (!m || own.some((d) => d.date)) return [];
  const days = (text: string | undefined) => (text === undefined ? [] : findDates(text, publishedAt).filter((d) => d.date?.precision === 'DAY'));
  const anchor = days(previous).pop()?.date ?? days(lead)[0]?.date;
  return anchor ? [{ index: m.index, text: m[0], date: anchor }] : [];
}

/** "That day", "the same day", "on that date": a day told by the sentence before. */
const SAME_DAY = /\b(?:that|the same) (?:day|date|evening|morning|afternoon|night)\b/i;

/** An event noun a sentence refers back to with "the". */
const THE_EVENT = /\bthe\s+(session|summit|meeting|conference|ceremony|visit|consultations?)\b/gi;

/**
 * "The next session … has been set for Nov. 20. X and Y will chair the
 * session …": "the" + an event noun the sentence before named is that event,
 * and carries its day.
 */
function sameEvent(sentence: string, previous: string | undefined): RegExpExecArray | null {
  if (previous === undefined) return null;
  for (const m of sentence.matchAll(THE_EVENT)) {
    if (new RegExp(`\\b${m[1]!}\\b`, 'i').test(previous)) return m as RegExpExecArray;
  }
  return null;
}

/**
 * The dates of a sentence, where "that day", "the same day" or "the <event>"
 * the sentence before named ("the session") stands for the last day that
 * sentence gave ("The talks were set up on Oct. 3. That
 * day, the ministers met …"), when the sentence has no date of its own.
 */
export function findDatesWithPrevious(sentence: string, previous: string | undefined, publishedAt: string | undefined, lead?: string): DateMention[] {
  const found = findDates(sentence, publishedAt);
  const thatYear = inThatYear(sentence, previous, found, publishedAt);
  // "in October that year" replaces the bare "in October" findDates would resolve against the publication year.
  const plain = found.filter((d) => !thatYear.some((t) => d.index >= t.index && d.index < t.index + t.text.length));
  const around = [...plain, ...thatYear, ...daysAround(sentence, previous, publishedAt, lead, plain), ...monthsLater(sentence, previous, publishedAt, plain), ...eventDaysFrom(sentence, publishedAt, lead)].sort((a, b) => a.index - b.index);
  const counted = weekdayFromDay(sentence, around, previous, publishedAt);
  // "the following Monday" replaces the "Monday" read against the publication day.
  const told = [...around.filter((d) => !counted.some((c) => d.index >= c.index && d.index < c.index + c.text.length)), ...counted, ...daysFromDay(sentence, around)];
  const own = [...told, ...timeOfTheDay(sentence, told, previous, publishedAt, lead)].sort((a, b) => a.index - b.index);
  own.push(...dayOfSayingAfter(sentence, own), ...dayOfArrival(sentence, own));
  own.sort((a, b) => a.index - b.index);
  monthToldWithItsDay(sentence, own);
  const trip = SAME_TRIP.exec(sentence);
  if (trip && !own.some((d) => d.date) && previous !== undefined) {
    const told = findDates(previous, publishedAt).filter((d) => d.date).pop()?.date;
    if (told) return [...own, { index: trip.index, text: trip[0], date: told }];
  }
  const said = SAME_DAY.exec(sentence);
  const same = said ?? sameEvent(sentence, previous);
  // "that day" is a date of its own wherever it stands; "the session" only when the sentence gives none.
  if (!same || (!said && own.some((d) => d.date))) return own;
  const day = said ? dayTold(sentence, said.index, own, previous, publishedAt, lead) : lastDay(previous, publishedAt);
  return day ? [...own, { index: same.index, text: same[0], date: day }].sort((a, b) => a.index - b.index) : own;
}

/**
 * "On the same trip he was received by …", "During that visit, the two
 * sides signed …": the trip the sentence before told, with its date (a day,
 * a month or a year: as precise as that sentence gave it).
 */
const SAME_TRIP = /\b(?:on|during|in the course of) (?:the same|that|this) (?:trip|tour|visit|journey|stay|stop)\b/i;

/**
 * "X said Wednesday after meeting Y", "told reporters on Monday following
 * talks with Z": what is told right after "after" happened the day of the
 * saying (the saying came straight after it). The day is given again where
 * "after" stands, so it dates the event and not only the saying.
 */
const SAYING_AFTER = new RegExp(`\\b(?:said|says|told (?:reporters|journalists|a news conference|the press)|announced|declared)\\s+(?:on\\s+)?(?:${WEEKDAY_RE}|today|yesterday)\\s+(?:(?:shortly|just|soon|hours)\\s+)?(after|following)\\s+(?:(?:a|an|the|his|her|their|talks|holding|meeting|a meeting|hosting|receiving|visiting)\\b)`, 'gi');

function dayOfSayingAfter(sentence: string, own: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(SAYING_AFTER)) {
    const end = (m.index ?? 0) + m[0].length;
    const day = own.filter((d) => d.index > (m.index ?? 0) && d.index < end && d.date?.precision === 'DAY').pop();
    if (!day) continue;
    const at = (m.index ?? 0) + m[0].toLowerCase().lastIndexOf(m[1]!.toLowerCase());
    out.push({ index: at, text: m[1]!, date: day.date });
  }
  return out;
}

/** "hours after his arrival", "shortly after arriving", "on arrival": the day someone arrived. */
const AFTER_ARRIVAL = /\b(?:(?:hours|minutes|shortly|soon|just|right|immediately)\s+)?(?:after|upon|on)\s+(?:(?:his|her|their|the)\s+)?(?:arrival|arriving|landing)\b/gi;

/** A word of arriving just before a day: "who arrived here on Sunday", "landed in Hanoi late on Monday". */
const ARRIVED_BEFORE = /\b(?:arrived|arrives|landed|lands|touched down)\b[^,;.]{0,40}$/i;

/**
 * "X, who arrived here on Sunday, was called on by Y hours after his
 * arrival": the event told "after his arrival" is on the day of the arrival
 * its sentence told.
 */
function dayOfArrival(sentence: string, own: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  const arrivalDay = (text: string, dates: DateMention[], before: number) => dates.filter((d) => d.index < before && d.date?.precision === 'DAY' && ARRIVED_BEFORE.test(text.slice(Math.max(0, d.index - 60), d.index))).pop()?.date;
  for (const m of sentence.matchAll(AFTER_ARRIVAL)) {
    const at = m.index ?? 0;
    if (own.some((d) => d.index >= at && d.index < at + m[0].length)) continue;
    const day = arrivalDay(sentence, own, at);
    if (day) out.push({ index: at, text: m[0], date: day });
  }
  return out;
}

/** Words between a month and a day that make the day another event's: "in May, a week after the call on May 2". */
const OTHER_EVENT_BETWEEN = /\b(?:since|after|before|following|until|ahead of|preceded|followed|earlier|later)\b/i;

/**
 * "In February, X paid a visit to Cairo, where Y received him on Feb. 14":
 * a month told first and then again with its day is that day. Only when the
 * sentence gives one day of that month, with no word of another event between.
 */
function monthToldWithItsDay(sentence: string, own: DateMention[]): void {
  own.forEach((d, i) => {
    if (d.date?.precision !== 'MONTH') return;
    const days = own.filter((e) => e.date?.precision === 'DAY' && e.date.year === d.date!.year && e.date.month === d.date!.month);
    const later = days.filter((e) => e.index > d.index);
    if (later.length !== 1 || days.length !== 1 || new Set(days.map((e) => e.date!.day)).size !== 1) return;
    if (OTHER_EVENT_BETWEEN.test(sentence.slice(d.index + d.text.length, later[0]!.index))) return;
    own[i] = { ...d, date: later[0]!.date };
  });
}

/** The last day a sentence gives. */
function lastDay(text: string | undefined, publishedAt: string | undefined): PartialDate | undefined {
  return text === undefined ? undefined : findDates(text, publishedAt).filter((d) => d.date?.precision === 'DAY').pop()?.date;
}

/**
 * The day "that day" or "the same day" stands for: the last day told before
 * it in its own sentence ("was set for May 7, with talks planned that day"),
 * else the last day of the sentence before, else — when the sentence before
 * gives no date at all — the day of the story's lead ("X signed the deal on
 * Wednesday. … Y met Z on the same day").
 */
function dayTold(sentence: string, at: number, own: DateMention[], previous: string | undefined, publishedAt: string | undefined, lead: string | undefined): PartialDate | undefined {
  const before = own.filter((d) => d.index < at && d.date?.precision === 'DAY').pop()?.date;
  if (before) return before;
  const fromPrevious = lastDay(previous, publishedAt);
  if (fromPrevious || previous === undefined) return fromPrevious;
  if (findDates(previous, publishedAt).some((d) => d.date || d.span)) return undefined;
  return lead === undefined || lead === sentence ? undefined : findDates(lead, publishedAt).find((d) => d.date?.precision === 'DAY')?.date;
}
