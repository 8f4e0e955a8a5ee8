/**
 * Meeting words that tell no encounter: a meeting denied ("never made an
 * official visit"), negotiations ("resume talks on"), a gathering of a group
 * ("a meeting of G20 ministers"), meetings told as a habit ("have spoken by
 * phone several times").
 */

/** "a meeting of G20 foreign ministers", "a summit of leaders": a gathering, not an encounter of named people. */
export const MULTILATERAL = /^\s+of\s+(?!the two\b)/i;

/** Words that make "talks" a negotiation: "resume talks on", "launch talks", "began talks". */
export const NEGOTIATION_BEFORE = /\b(?:resume|resumed|resuming|restart|restarted|launch|launched|begin|began|start|started|open|opened|continue|continued)\s+(?:\w+\s+)?$/i;

/** A negation governing the meeting word right after it: "never made an official visit", "did not meet", "has not spoken". */
export const NEGATED = /\b(?:never|did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t|will not|won['’]t|would not|wouldn['’]t|could not|couldn['’]t)\s+(?:(?:yet|been|made|make|paid|pay|held|hold|a|an|any|official|formal|state|bilateral|face-to-face|direct|separate)\s+)*$/i;

/** Meetings told as a habit or a count, after the meeting words: "have spoken by phone several times since", "meet regularly". No one occasion. */
export const HABITUAL = /^(?:\s+(?:with\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}?)?\s*(?:(?:several|many|numerous|multiple|countless|a number of|dozens of)\s+(?:times|occasions)|on\s+(?:several|many|numerous|multiple)\s+occasions|repeatedly|regularly|frequently|often)\b/u;

/** "attended, via video link, the inauguration", "joining by video link from Port Louis": a video link as the medium of another act, not a call of its own. */
export function mediumOnly(text: string, at: number, trigger: string): boolean {
  return /^video ?link$/i.test(trigger) && /\b(?:via|by|through|over)\s+(?:a\s+)?$/i.test(text.slice(Math.max(0, at - 12), at));
}
