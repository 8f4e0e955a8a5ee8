/**
 * Meeting nouns that point back to a meeting already told ("the talks",
 * "Wednesday's meeting"), and those a verb makes an event of their own ("held
 * their annual summit").
 */
import type { Trigger } from './triggers.ts';

/** A noun trigger that points back: "the talks", "this meeting", "Wednesday's meeting", without "with"/"between"/"by" after. */
export function isAnaphoric(sentence: string, at: number, trigger: string): boolean {
  if (!/^(?:meeting|talks|summit|visit)$/i.test(trigger)) return false;
  const before = sentence.slice(Math.max(0, at - 30), at);
  const after = sentence.slice(at + trigger.length, at + trigger.length + 12);
  if (/^\s+(?:with|between|by)\b/i.test(after)) return false;
  // "held their annual summit" tells an event; "their summit" alone points back.
  if (heldBefore(sentence, { text: trigger, at })) return false;
  // "Wednesday's meeting", "last week's talks" point back; "Aliyev's visit" tells a visit.
  return /\b(?:the|this|that|these|their)\s+(?:\w+\s+)?$/i.test(before) || /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|week|month|year|weekend)(?:'s|’s)\s+$/i.test(before);
}

/** "held their annual summit", "hold talks": a meeting noun made an event by the verb before it. */
export function heldBefore(text: string, t: Trigger): boolean {
  return /\b(?:held|hold|holds|holding)\s+(?:(?:their|the|a|an)\s+)?(?:\w+\s+)?$/i.test(text.slice(Math.max(0, t.at - 30), t.at));
}
