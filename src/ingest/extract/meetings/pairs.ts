/**
 * "The two leaders", "both sides", "the pair": references to the two people of
 * a meeting told before, and their filling in once the mentions of an article
 * are read.
 */
import { datesCompatible } from '../../dates.ts';
import type { ExtractedPerson } from '../../types.ts';
import type { ArticleContext } from '../context.ts';
import { PAIR_REFERENCE as TWO_OF_THEM } from '../coref.ts';
import type { PersonMention } from '../people.ts';
import { actorsIn } from './actors.ts';
import { dateNear } from './date.ts';
import type { MeetingMention } from './mention.ts';
import { statusesCompatible } from './status.ts';
import { TRIGGER, TRIGGER_IN } from './triggerWords.ts';

/** "The two leaders", "both sides", and "the pair" as the subject of a meeting verb ("The pair held talks …"). */
export const PAIR_REFERENCE = new RegExp(`${TWO_OF_THEM.source}|\\bthe pair (?=(?:\\w+ ){0,2}(?:met|meet|held|hold|spoke|talked)\\b)`, 'i');

/** A clause with a subject of its own between a pair and a meeting word: "… agreed that their ministers would meet". */
const OTHER_SUBJECT = /\b(?:that|whether|which|whom|whose|because)\b|\b(?:their|his|her|its)\s+(?:[a-z-]+\s+){0,2}(?:ministers?|officials?|delegations?|envoys?|aides?|negotiators?|teams?|deputies|representatives?)\b/i;

/** "The two Japanese ministers", "both leaders": a pair reference, a nationality allowed before its noun. */
export const PAIR_SUBJECT = /\b(?:[Tt]he two|[Bb]oth) (?:\p{Lu}[\p{L}-]+ )?(?:leaders|presidents|prime ministers|premiers|ministers|foreign ministers|defen[cs]e ministers|men|women|heads of state|heads of government)\b/u;

/** "received the two ministers", "hosted both leaders": a pair reference as the object of a meeting verb. */
export const PAIR_OBJECT = /^\s+(?:the two|both)\s+(?:leaders|presidents|prime ministers|premiers|ministers|foreign ministers|men|women|heads of state|heads of government|monarchs|delegations|envoys)\b/i;

/**
 * True when "the two leaders" of a sentence are the people of its meeting,
 * not "both sides wanted …": the pair is the subject of a meeting word near
 * it ("when the two presidents held talks"), the subject the sentence opens
 * with ("The two leaders signed the documents …, after talks …"), or the
 * complement of the meeting noun ("after a meeting between the two leaders").
 */
export function pairTakesPart(text: string, pair: RegExpExecArray, at: number): boolean {
  // "The two presidents agreed that their trade ministers would meet": the meeting has a subject of its own.
  if (pair.index < at && OTHER_SUBJECT.test(text.slice(pair.index + pair[0].length, at))) return false;
  if (pair.index < at && at - pair.index < 80) return true;
  if (TRIGGER_IN.test(text.slice(pair.index, pair.index + pair[0].length + 40))) return true;
  if (pair.index < at && /^\W*$/.test(text.slice(0, pair.index).replace(/\b(?:the|The)\s*$/, ''))) return true;
  const trigger = new RegExp(TRIGGER.source, 'gi');
  trigger.lastIndex = at;
  const m = trigger.exec(text);
  if (m === null || m.index !== at) return false;
  const gap = text.slice(at + m[0].length, pair.index);
  // "after a meeting between the two leaders"; "to be co-chaired by the two ministers"; "Duda visited Vilnius in January, when the two leaders inspected troops".
  return /^\s+(?:between|with|of|among|by)\s+$/i.test(gap) || (/^[^.;]{0,60},\s+(?:when|where)\s+$/i.test(gap) && !/\b(?:that|which|who)\b/i.test(gap));
}

/**
 * "The two leaders met": the participants of the last meeting with two or
 * more told before. Told with no date of its own right after it (within two
 * sentences), the pair's meeting is the same occasion and takes its date:
 * "X and Y on Monday signed a memorandum. The deal was signed … after a
 * meeting between the two leaders."
 */
export function fillPairs(ctx: ArticleContext, found: MeetingMention[], mentions: PersonMention[], people: ExtractedPerson[]): void {
  for (const [i, m] of found.entries()) {
    if (!m.pair || (m.participants.length >= 2 && !m.pairObject)) continue;
    // "The two leaders" are two: the last meeting of two people told before, ahead of a larger gathering told since.
    const before = found.slice(0, i).reverse();
    // "Meloni, who flew in from Rio, was greeted … before the two leaders held a private meeting": with one of the
    // pair named, the pair is the last meeting told with that person, not the last meeting told.
    // "They first held talks in 2017, weeks before … that Trump praised": with none of the pair named in the meeting's clause,
    // a person the sentence names elsewhere (not as an owner: "after Ruto's delegation arrived") still tells which pair it is.
    const named = m.participants.length === 1 ? m.participants : m.participants.length === 0 ? [...new Set(mentions.filter((x) => x.sentence === m.sentence && !x.quoted && !/^['’]s\b/.test(ctx.sentences[m.sentence]!.text.slice(x.end))).map((x) => x.person))] : [];
    const withNamed = !m.pairObject && named.length === 1 ? before.find((x) => x.participants.length === 2 && x.participants.includes(named[0]!)) : undefined;
    // "The two leaders last met in Mendoza": the last pair both of whose titles the noun names, ahead of their ministers' meeting told since.
    // So too beside a third person named: "The Presidents agreed to meet in Khujand together with President X".
    const noun = PAIR_REFERENCE.exec(ctx.sentences[m.sentence]?.text ?? '')?.[0] ?? '';
    const titled = !m.pairObject && (m.participants.length === 0 || (m.participants.length === 1 && !withNamed)) ? before.find((x) => x.participants.length === 2 && bothTitled(people, x.participants[0]!, x.participants[1]!, noun)) : undefined;
    const previous =
      withNamed ??
      titled ??
      (m.pairObject
        ? before.find((x) => x.participants.length >= 2)
        : before.find((x) => x.participants.length === 2) ?? before.find((x) => x.participants.length > 2) ?? pairNamedBefore(ctx, m, mentions, people));
    if (!previous) continue;
    // As an object ("received the two ministers", "a summit between them"), the pair is the subject of the meeting told just before
    // ("Tshisekedi and Kagame last met in Doha, at talks hosted by the emir"), or all its people when its subject is one.
    const subject = previous.participants.filter((p) => mentions.some((x) => x.sentence === previous.sentence && x.person === p && x.start < previous.at));
    const pairOf = m.pairObject && subject.length >= 2 ? subject : previous.participants;
    m.participants = [...new Set([...m.participants, ...pairOf])];
    if (!m.date && previous.date && m.sentence - previous.sentence <= 2 && statusesCompatible(m.status, previous.status)) m.date = previous.date;
    // "… hosted Merz in London. The pair held talks at a museum in South Kensington": told in the very next
    // sentence, the pair's meeting is the one just told, and the place it names lies within that meeting's city.
    const sameOccasion = m.sentence - previous.sentence === 1 && m.status === previous.status && !m.earlier && !previous.earlier && (!m.date || !previous.date || datesCompatible(m.date, previous.date));
    if (sameOccasion && m.city && previous.city && m.city !== previous.city && (!m.countryCode || !previous.countryCode || m.countryCode === previous.countryCode)) {
      m.city = previous.city;
      m.countryCode = previous.countryCode;
    }
  }
}

/**
 * "Modi and Macron on Friday agreed … The two leaders met at the Élysée":
 * with no meeting told before, "the two leaders" are the two people of
 * different countries who act in one of the two sentences before, and that
 * sentence's date is theirs.
 */
function pairNamedBefore(ctx: ArticleContext, m: MeetingMention, mentions: PersonMention[], people: ExtractedPerson[]): MeetingMention | undefined {
  const noun = PAIR_REFERENCE.exec(ctx.sentences[m.sentence]?.text ?? '')?.[0] ?? '';
  for (let back = 1; back <= 2; back++) {
    const s = ctx.sentences[m.sentence - back];
    if (!s) return undefined;
    const all = actorsIn(s, mentions);
    // "signed by ministers A and B, with President C and Chancellor D looking on. The two leaders had held talks":
    // among more than two, the pair are the two whose titles the pair's noun names.
    const titled = all.length > 2 ? all.filter((p) => people[p]!.roles.some((r) => titleFitsPair(r.title, noun))) : all;
    const [a, b] = titled;
    if (titled.length !== 2 || a === undefined || b === undefined) continue;
    const ca = people[a]!.countryCode;
    const cb = people[b]!.countryCode;
    if (all.length > 2 ? ca !== undefined && ca === cb : ca === cb || ((!ca || !cb) && !bothTitled(people, a, b, noun))) continue;
    const first = mentions.find((x) => x.sentence === s.index && x.person === a)!;
    return { ...m, sentence: s.index, participants: [a, b], date: dateNear(ctx, s, first.start, 'HELD') };
  }
  return undefined;
}

/**
 * "Prime Minister X and President Y sought … The two leaders met": when the
 * country of one of two people is not known, titles the pair's noun names
 * on both still tell two sides (two leaders of one state are rarely a pair).
 */
function bothTitled(people: ExtractedPerson[], a: number, b: number, noun: string): boolean {
  return [a, b].every((p) => people[p]!.roles.some((r) => titleFitsPair(r.title, noun)));
}

/** Titles of those who lead a state or a government: what "the two leaders" and "heads of state" stand for. */
const LEADER_TITLE = /^(?!(?:Vice|Deputy|Former)\b)(?:[\p{L}-]+\s+)?(?:President|Prime Minister|Chancellor|Premier|King|Queen|Emir|Amir|Sultan|Chief Adviser)$/u;

/** True when a title is one the noun of a pair reference names: "the two leaders" a president or a chancellor, "the two ministers" a minister. */
function titleFitsPair(title: string, noun: string): boolean {
  if (/\bforeign ministers\b/i.test(noun)) return /\bForeign (?:Minister|Secretary)\b|\bSecretary of State\b|\bExternal Affairs Minister\b/.test(title);
  if (/\b(?:prime ministers|premiers)\b/i.test(noun)) return /\b(?:Prime Minister|Premier)$/.test(title) && LEADER_TITLE.test(title);
  if (/\bministers\b/i.test(noun)) return /\bMinister\b/.test(title);
  if (/\bpresidents\b/i.test(noun)) return /\bPresident$/.test(title) && LEADER_TITLE.test(title);
  if (/\b(?:leaders|heads of state|heads of government)\b/i.test(noun)) return LEADER_TITLE.test(title);
  return false;
}
