/**
 * The kind of a meeting (in person, phone, video) from the words of the
 * clause its trigger stands in.
 */
import type { MeetingKind } from '../../types.ts';

/**
 * Where one coordinated clause gives way to the next: "…, and they have not spoken by telephone since", or a
 * predicate of its own after "and": "last met in The Hague in June and spoke by phone earlier this month".
 */
const COORDINATED = /;|,\s*(?:and|but|while|whereas)\b|\s(?:but|while|whereas)\s|\sand\s+(?=(?:(?:then|later|also|again|last|first)\s+)?(?:spoke|talked|held|met|hosted|received|visited)\b)/gi;

/**
 * The coordinated clause a trigger stands in, whose words tell the medium:
 * "last met face to face in Mendoza, and have not spoken by telephone since"
 * tells an encounter, not a call.
 */
export function kindClause(text: string, at: number): string {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(COORDINATED)) {
    const i = m.index ?? 0;
    if (i + m[0].length <= at) from = i + m[0].length;
    else if (i >= at) {
      to = i;
      break;
    }
  }
  return text.slice(from, to);
}

/** Meeting kind from the words of the sentence near the trigger. */
export function kindOf(trigger: string, sentence: string): MeetingKind {
  if (/video/i.test(trigger) || /\bvideo ?(?:call|conference|link)\b|\bvideoconference\b|\bvirtual(?:ly)? (?:meeting|talks|summit)\b/i.test(sentence)) return 'VIDEO_CALL';
  if (/phone/i.test(trigger) || /\b(?:tele)?phone (?:call|conversation|talks)\b|\bby (?:tele)?phone\b|\bphoned\b/i.test(sentence)) return 'PHONE_CALL';
  return 'IN_PERSON';
}

/** Triggers that tell a conversation without its medium. */
export const MEDIUM_UNKNOWN = /^(?:spoke|speak|speaks|talked|talk)(?: with| to)?$/i;
