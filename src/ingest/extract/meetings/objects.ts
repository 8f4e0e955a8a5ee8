/**
 * The object a meeting verb needs: "received Maduro", not "received support";
 * "called on Putin" at his palace, not "called on Putin to end the war"; named
 * people, not "business leaders".
 */
import type { ReadSentence } from '../context.ts';
import type { PersonMention } from '../people.ts';

/** Verbs whose object must be a person for a meeting: "received Maduro", not "received support". */
export const NEEDS_PERSON_OBJECT = /^(?:received|receives|receive|welcomed|welcome|greeted|hosted|hosts|hosting|host|.*\bcall(?:s|ed|ing)? on)$/i;

/** "called on Iraqi President Rashid at Baghdad Palace" is a visit; "called on Putin to end the war" is a plea. */
export const CALL_ON = /\bcall(?:s|ed|ing)? on$/i;

/** "called on the Kenyan President to end": a description of a person, then "to" and a verb. */
const DESCRIBED_PLEA = /^\s+the\s+(?:[\p{L}'’-]+\s+){1,4}?(?:not\s+)?to\s+\p{L}/u;

/** What follows the person of "called on X" when it is a plea: "to end", "not to back", ", the rebels' leader, to lay down". */
const PLEA_AFTER = /^(?:\s*,[^,.;]{1,60},)?\s+(?:not\s+)?to\s+\p{L}/u;

/**
 * True when "called on" asks someone to act rather than visits them: "to"
 * and a verb follow the person ("called on Putin to end the war"), or come
 * before any person ("called on South Africa to press Mnangagwa").
 */
export function pleaAfterCallOn(text: string, objectStart: number, object: PersonMention | undefined): boolean {
  // With no named object the person is a pronoun ("called on him") or a description ("called on the Kenyan President").
  const pronoun = /^\s+(?:him|her|them)\b/i.exec(text.slice(objectStart));
  if (!object && !pronoun) return DESCRIBED_PLEA.test(text.slice(objectStart));
  const end = object ? object.end : objectStart + (pronoun?.[0].length ?? 0);
  if (object && /\bto\s+\p{L}/u.test(text.slice(objectStart, object.start))) return true;
  return PLEA_AFTER.test(text.slice(end));
}

/**
 * What may stand between a meeting verb and its person: a title with a nationality ("Papua New Guinea's prime minister, "),
 * and the words that qualify an office in lower case ("Mali's transitional president, Colonel X", "the visiting premier").
 */
export const OBJECT_TITLE = /^\s+(?:(?:the|his|her|their|its|[\p{Lu}][\p{L}.-]*(?:'s|’s)?|of|and|prime|minister|president|vice|deputy|foreign|secretary|state|chancellor|premier|king|queen|crown|prince|emir|counterpart|leader|defen[cs]e|trade|finance|economy|interior|affairs|general|transitional|interim|acting|military|outgoing|incoming|visiting|newly|elected|junta|head|ruler|monarch|sultan)[\s,]+)*$/u;

/** One word of a place and day told between a meeting verb and its object: "at", "Bayan", "Palace", "today", "on Monday". */
const PLACE_OR_DAY_WORD = /^,?\s+(?:today|yesterday|this (?:morning|afternoon|evening)|on\s+\p{Lu}\p{Ll}+day|at|in|the|of|\p{Lu}[\p{L}'’-]*)\b/u;

/**
 * "received at Bayan Palace today X", "received today at the Palace of the Revolution the Deputy Prime Minister, X":
 * agency copy puts the place and the day between a meeting verb and its object. The offsets after each word of that
 * stretch, any of which may be where the object starts ("the Palace of the Nation Chilean President X" has no mark
 * where the place ends); none when no "at", "in" or day opens it.
 */
export function placeAndDayEnds(text: string, from: number): number[] {
  if (!/^,?\s+(?:today|yesterday|this (?:morning|afternoon|evening)|on\s+\p{Lu}\p{Ll}+day|at|in)\b/u.test(text.slice(from))) return [];
  const ends: number[] = [];
  let at = from;
  for (let i = 0; i < 10; i++) {
    const word = PLACE_OR_DAY_WORD.exec(text.slice(at));
    if (!word) break;
    at += word[0].length;
    ends.push(at);
  }
  return ends;
}

/** A group of unnamed people as the object of "meet": "members of civil society", "business leaders", "students". */
export const GROUP_OBJECT = /^\s+(?:with\s+)?(?:(?:the|some|local|young|business|community|civil|religious|senior|top|tribal|traditional|opposition|party|[a-z]+an)\s+){0,3}(?:members|leaders|students|officials|representatives|executives|entrepreneurs|activists|workers|residents|troops|soldiers|families|groups|delegates|lawmakers|dignitaries|people|youth|diaspora|journalists|investors|businesspeople|chiefs|elders)\b/;

/** Words that end the object of a meeting verb and open another clause: "welcomed the ties but urged X". */
export const OBJECT_GAP_BREAK = /\b(?:but|and|or|while|yet|then|as|after|before|that|which)\b|[;:]/i;

/** "was received at the airport on Sunday by Marape": a passive meeting verb whose agent, after "by", is a person. */
export function passiveByPerson(sentence: ReadSentence, at: number, objectStart: number, mentions: PersonMention[]): boolean {
  if (!/\b(?:was|were|is|are|been|being)\s+$/i.test(sentence.text.slice(Math.max(0, at - 8), at))) return false;
  const by = /^[^,;]{0,80}?\bby\s+/i.exec(sentence.text.slice(objectStart));
  if (!by) return false;
  const agentAt = objectStart + by[0].length;
  // A long title may stand before the agent: "by First Deputy Prime Minister and Minister of Interior Sheikh X".
  const titled = (start: number) => start <= agentAt + 90 && OBJECT_TITLE.test(` ${sentence.text.slice(agentAt, start)}`);
  return mentions.some((p) => p.sentence === sentence.index && p.start >= agentAt && (p.start <= agentAt + 40 || titled(p.start)));
}
