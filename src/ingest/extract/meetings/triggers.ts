/**
 * The meeting words of a sentence that can state a meeting there, after the
 * words that tell none (quoted, denied, a group's gathering, a verb without a
 * person for object) are set aside.
 */
import { inRanges, quotedRanges } from '../../text.ts';
import type { ReadSentence } from '../context.ts';
import type { Reference } from '../coref.ts';
import { clauseAt } from '../dates.ts';
import type { PersonMention } from '../people.ts';
import { asides } from './asides.ts';
import { groupGathering, HABITUAL, mediumOnly, meetingAsTopic, MULTILATERAL, NEGATED, NEGOTIATION_BEFORE } from './negations.ts';
import { CALL_ON, GROUP_OBJECT, NEEDS_PERSON_OBJECT, OBJECT_GAP_BREAK, OBJECT_TITLE, passiveByPerson, placeAndDayEnds, pleaAfterCallOn } from './objects.ts';
import { PAIR_OBJECT, PAIR_REFERENCE } from './pairs.ts';
import { TRIGGER } from './triggerWords.ts';

/** "X and Y spoke for 40 minutes": a conversation whose medium another sentence tells. */
const PAIR_SPOKE = /\band\s+(?:Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*(?:,[^,.]{1,50},)?\s+(?:(?:last|first|also|later|previously|briefly|again|then|have|has|had)\s+)?(spoke|talked)\b/u;

/** "The two leaders spoke for about an hour": the pair of the meeting told before, in a conversation whose medium that meeting tells. */
const PAIR_REFERENCE_SPOKE = new RegExp(`(?:${PAIR_REFERENCE.source})\\s+(?:(?:also|later|briefly|then|last|first|again)\\s+)?(spoke|talked)\\b(?!\\s+(?:of|about)\\b)`, 'i');

/** "the first Indian prime minister to ", "the third major world leader to ": a rank among those who did something. */
const RANK_AMONG_VISITORS = /\b(?:first|second|third|fourth|fifth|last|latest|only|next)\s+(?:[\p{L}-]+\s+){1,4}to\s+$/iu;

/** What a rank among visitors goes on to: who held it ("… to visit Greece was Z"), or whom it counts ("…, after X", "before Y"). */
const OTHER_VISITORS = /^visit\b(?:[^,;.]{0,60}?\s+(?:was|were)\s|[^;.]{0,60}?\b(?:after|before)\s+(?:the\s+)?\p{Lu})/u;

/** "a state banquet", "an official dinner": a meal a host gives, as a meeting verb's object. */
const MEAL = String.raw`(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:dinner|lunch|luncheon|banquet|breakfast|reception|meal)`;

/** "hosted a state banquet in honour of X", "gave a dinner for X": a meal with a guest as a meeting verb's object. */
const MEAL_IN_HONOUR = new RegExp(String.raw`^\s+${MEAL}\s+(?:in\s+honou?r\s+of|for)(?=\s)`, 'i');

/** "received him", "hosted a dinner for them": a pronoun object, after a meal given for them if any. */
const PRONOUN_OBJECT = new RegExp(String.raw`^\s+(?:${MEAL}\s+for\s+)?(?:him|her|them)\b`, 'i');

/** A word of a sentence that may state a meeting. */
export interface Trigger {
  text: string;
  at: number;
}

/** The meeting words of a sentence, in order, that can state a meeting there (not "a meeting of G20 ministers"). */
export function triggersIn(sentence: ReadSentence, mentions: PersonMention[], references: Reference[] = []): Trigger[] {
  const triggers: Trigger[] = [...sentence.text.matchAll(TRIGGER)].map((m) => ({ text: m[0], at: m.index ?? 0 }));
  const spoke = PAIR_SPOKE.exec(sentence.text) ?? PAIR_REFERENCE_SPOKE.exec(sentence.text);
  if (spoke) triggers.push({ text: spoke[1]!, at: spoke.index + spoke[0].length - spoke[1]!.length });
  triggers.sort((a, b) => a.at - b.at);
  const quotes = quotedRanges(sentence.text);
  // "X, who arrived on Tuesday after a visit to Malaysia, was welcomed by Y": a relative clause on the subject that
  // names nobody, followed by the main clause's own meeting verb, tells the subject's own doings, not that encounter.
  const text = sentence.text;
  const aboutSubject = asides(text).filter(
    (r) =>
      /^,\s+who\b/.test(text.slice(r.from)) &&
      /^,\s+(?:(?:also|then|later|first)\s+)?(?:was|were|is|are|has|had|have|will|would|\p{Ll}{2,}ed)\b/u.test(text.slice(r.to)) &&
      !mentions.some((m) => m.sentence === sentence.index && m.start >= r.from && m.start < r.to) &&
      triggers.some((t) => t.at >= r.to),
  );
  const ownDoings = (at: number) => aboutSubject.some((r) => at >= r.from && at < r.to);
  return triggers.filter(({ text: trigger, at }) => {
    if (ownDoings(at)) return false;
    // "stronger when they speak with one voice": words quoted are someone's words, not the story's meeting.
    if (inRanges(at, quotes)) return false;
    if (MULTILATERAL.test(sentence.text.slice(at + trigger.length))) return false;
    if (groupGathering(sentence.text, at, trigger) || meetingAsTopic(sentence.text, at, trigger)) return false;
    // "the Group of Seven summit", "the G20 summit", "the NATO summit": a group's gathering, not an encounter of the sentence's people.
    // Its host still meets the guests it invites: "Kishida, who will host the G7 summit in Hiroshima, invited Modi".
    if (/^summit$/i.test(trigger) && !/\bhost(?:s|ed|ing)?\s+(?:the|a|this|next|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,4}$/i.test(sentence.text.slice(Math.max(0, at - 50), at)) && /(?:\bGroup of [A-Z]?[a-z]+|\bG-?\d+|\b[A-Z]{2,}(?:\+\d+)?)(?:\s+leaders['’]?)?\s+$/.test(sentence.text.slice(Math.max(0, at - 40), at))) return false;
    // "agreed to resume talks on a trade agreement": negotiations, not an encounter.
    if (/^talks$/i.test(trigger) && NEGOTIATION_BEFORE.test(sentence.text.slice(Math.max(0, at - 30), at))) return false;
    // "invited Ishiba to visit Bangladesh at his convenience": an invitation nobody is said to accept plans nothing yet.
    if (/^(?:visit|meet)$/i.test(trigger) && /\binvited\s+[^,;.]{1,80}?\bto\s+(?:pay\s+(?:a|an)\s+(?:[\w-]+\s+){0,2})?$/i.test(sentence.text.slice(Math.max(0, at - 100), at)) && !/\baccept(?:ed|s)?\b/i.test(sentence.text)) return false;
    // "the third major world leader to visit Hanoi, after X", "the last chancellor to visit before Y was Z": a rank among
    // visitors characterises one; the people it counts are other visitors, not a counterpart.
    if (/^visit$/i.test(trigger) && RANK_AMONG_VISITORS.test(sentence.text.slice(Math.max(0, at - 80), at)) && OTHER_VISITORS.test(sentence.text.slice(at))) return false;
    // "who is accompanied on the visit by the First Lady": the companions of a trip, not a meeting with them.
    if (/^(?:visit|trip)$/i.test(trigger) && /\baccompan(?:ied|ying|ies|y)\s+(?:\w+\s+)?on\s+(?:the|his|her|this|their)\s+$/i.test(sentence.text.slice(Math.max(0, at - 40), at))) return false;
    // "never made an official visit to Buenos Aires", "did not meet": a meeting denied is none.
    if (NEGATED.test(sentence.text.slice(Math.max(0, at - 50), at))) return false;
    // "attended, via video link, the inauguration", "joining by video link from Port Louis": the medium of another act.
    // A call by video link is told by its own word ("held talks via video link", "spoke by video link").
    if (mediumOnly(sentence.text, at, trigger)) return false;
    // "have spoken by phone several times since January", "meet regularly": a habit, not one meeting.
    if (HABITUAL.test(sentence.text.slice(at + trigger.length))) return false;
    // "he would have liked to welcome Morrison in person": a wish that did not come true, no meeting.
    if (/\bwould have (?:liked|wanted|loved|preferred|hoped)\b/i.test(clauseAt(sentence.text, at))) return false;
    // "with the summit's host, Prime Minister X": "host" after a determiner or a possessive is a noun, not the verb.
    if (/^hosts?$/i.test(trigger) && /(?:\b(?:the|a|an|its|their|his|her|our|this|that)|['’]s|\bsummit|\bco)[\s-]+$/i.test(sentence.text.slice(Math.max(0, at - 20), at))) return false;
    // "meet members of civil society", "met business leaders": a meeting with a group of unnamed people is no encounter of named ones.
    if (/^(?:met|meet|meets|meeting)$/i.test(trigger) && GROUP_OBJECT.test(sentence.text.slice(at + trigger.length))) return false;
    // "discussed the treaty with Donald Trump at the White House": talking something over with a named person, within the clause.
    if (/^discussed$/i.test(trigger)) return discussedWithPerson(sentence, at + trigger.length, mentions);
    if (!NEEDS_PERSON_OBJECT.test(trigger)) return true;
    // "…, whom she hosted in Rome": the object is the person the clause hangs on.
    if (/,\s+whom\s+(?:he|she|they)\s+(?:had\s+)?$/i.test(sentence.text.slice(Math.max(0, at - 30), at))) return true;
    const objectStart = at + trigger.length;
    // "received at Bayan Palace today X": the object may follow the place and the day.
    const objects = objectsAfter(sentence, objectStart, mentions);
    if (!CALL_ON.test(trigger)) for (const end of placeAndDayEnds(sentence.text, objectStart)) objects.push(...objectsAfter(sentence, end, mentions));
    // "hosted a state banquet in honour of the President of the Republic": the guest of a meal the verb's object names.
    const meal = MEAL_IN_HONOUR.exec(sentence.text.slice(objectStart));
    if (meal) objects.push(...objectsAfter(sentence, objectStart + meal[0].length, mentions));
    const personAt = meal ? objectStart + meal[0].length : objectStart;
    // "received the Kenyan President": a description that stands for a person of the story.
    const described = references.some((r) => r.form === 'description' && r.at >= personAt && r.at <= personAt + 12);
    const hasPerson = objects.length > 0 || described;
    // "received him at Belém Palace": a pronoun object stands for a person of the story.
    const pronoun = PRONOUN_OBJECT.test(sentence.text.slice(objectStart)) || PAIR_OBJECT.test(sentence.text.slice(objectStart));
    if (CALL_ON.test(trigger)) return (hasPerson || pronoun) && !pleaAfterCallOn(sentence.text, objectStart, objects[0]);
    return hasPerson || pronoun || passiveByPerson(sentence, at, objectStart, mentions);
  });
}

/** The people named as the object of a meeting verb whose object starts at `objectStart`, after a title if any, within its clause. */
function objectsAfter(sentence: ReadSentence, objectStart: number, mentions: PersonMention[]): PersonMention[] {
  // The person may stand after a title: "hosted Papua New Guinea's prime minister, James Marape".
  const titledObject = (start: number) => start <= objectStart + 90 && OBJECT_TITLE.test(sentence.text.slice(objectStart, start));
  // "welcomed the closer ties but urged Ruto": a person past another clause is not the verb's object.
  const sameClause = (start: number) => !OBJECT_GAP_BREAK.test(sentence.text.slice(objectStart, start));
  return mentions.filter((p) => p.sentence === sentence.index && p.start >= objectStart && ((p.start <= objectStart + 40 && sameClause(p.start)) || titledObject(p.start)) && !/^(?:'s|’s)/.test(sentence.text.slice(p.end)));
}

/**
 * "discussed the treaty with Prime Minister X": a person named after a "with"
 * in the clause of "discussed" (within a few words, past no other clause) is
 * its counterpart; "discussed the issue with reporters" names nobody.
 */
function discussedWithPerson(sentence: ReadSentence, from: number, mentions: PersonMention[]): boolean {
  const w = /^[^,;:.]{0,60}?\bwith\s+/i.exec(sentence.text.slice(from));
  if (!w || OBJECT_GAP_BREAK.test(sentence.text.slice(from, from + w[0].length - 5))) return false;
  const start = from + w[0].length;
  return mentions.some((p) => p.sentence === sentence.index && p.start >= start && p.start <= start + 60 && OBJECT_TITLE.test(` ${sentence.text.slice(start, p.start)}`));
}
