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

/**
 * "on the sidelines of the Pacific Islands Forum leaders' meeting", "the ASEAN
 * ministers' summit": a meeting noun after a named group's "leaders'" is that
 * group's gathering, not an encounter of the sentence's people ("the two
 * leaders' meeting" has no group's name before it).
 */
export function groupGathering(text: string, at: number, trigger: string): boolean {
  return /^(?:meeting|summit|talks)$/i.test(trigger) && /\p{Lu}[\p{L}\d-]*\s+(?:leaders|ministers|foreign ministers|heads of state|heads of government)['’]\s+$/u.test(text.slice(Math.max(0, at - 60), at));
}

/**
 * "Barrot prepared the visit with Bourita": a meeting noun that is the object
 * of a verb of preparing or discussing is what two people worked on, not
 * their encounter; "with" belongs to the verb.
 */
export function meetingAsTopic(text: string, at: number, trigger: string): boolean {
  return /^(?:meeting|summit|talks|visit)$/i.test(trigger) && /\b(?:prepared|preparing|prepares|prepare|planned|planning|arranged|arranging|organi[sz]ed|organi[sz]ing|discussed|discussing|reviewed|finali[sz]ed|finali[sz]ing)\s+(?:the|this|that|his|her|their|its|[\p{Lu}][\p{L}-]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(Math.max(0, at - 60), at));
}
