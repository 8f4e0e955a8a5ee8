/**
 * The participants of a meeting sentence: the people it names acting, the
 * people it refers to when it names fewer than two, the pronoun joined to a
 * name in the subject, and the people of a relative clause that tells the
 * meeting.
 */
import type { ExtractedPerson } from '../../types.ts';
import type { ArticleContext, ReadSentence } from '../context.ts';
import { OPENING_PHRASE, referencesIn, type Reference } from '../coref.ts';
import type { CountryMention } from '../countries.ts';
import type { PersonMention } from '../people.ts';
import { actorsIn, speakersIn } from './actors.ts';
import { inAsideAwayFrom } from './asides.ts';
import type { MeetingMention } from './mention.ts';
import { OBJECT_TITLE } from './objects.ts';
import { PAIR_OBJECT, PAIR_REFERENCE, PAIR_SUBJECT, pairTakesPart } from './pairs.ts';
import { ATTRIBUTION } from './sources.ts';
import { TRIGGER_IN } from './triggerWords.ts';

/**
 * A meeting told in a relative clause is between the person the clause hangs
 * on and the people named inside it: "Blinken arrived a day after Modi, who
 * was received at the airport on Sunday by Marape, who bent to …" is Modi and
 * Marape, not Blinken. Undefined when the trigger is in no such clause or it
 * names fewer than two people.
 */
function relativeClauseParticipants(sentence: ReadSentence, at: number, mentions: PersonMention[]): number[] | undefined {
  const text = sentence.text;
  const opener = [...text.slice(0, at).matchAll(/,\s+(?:who|whom)\b/g)].pop();
  if (!opener || /[,;]/.test(text.slice((opener.index ?? 0) + opener[0].length, at))) return undefined;
  const from = opener.index ?? 0;
  const close = /,\s+(?:who|whom|which|where|when)\b|[;]/.exec(text.slice(at));
  const to = close ? at + close.index : text.length;
  const here = mentions.filter((m) => m.sentence === sentence.index && !m.quoted);
  const antecedent = here.filter((m) => m.end <= from && /^[\s'’s]*$/.test(text.slice(m.end, from))).pop();
  if (!antecedent) return undefined;
  const inside = here.filter((m) => m.start > from && m.end <= to && !/^(?:'s|’s)/.test(text.slice(m.end))).map((m) => m.person);
  const people = [...new Set([antecedent.person, ...inside])];
  return people.length >= 2 ? people : undefined;
}

/**
 * A meeting told in a clause opened by "where" or "when" with a pronoun for
 * its subject is between that pronoun's person and the people named from
 * there on, not those of the main clause before it: "The Cuban president confirmed to X that he will attend the
 * summit in Kazan, where he is expected to hold a new meeting with Putin" is
 * the president and Putin, not X. Undefined when the trigger is in no such
 * clause or it names fewer than two people.
 */
function pronounClauseParticipants(sentence: ReadSentence, at: number, mentions: PersonMention[], references: Reference[]): number[] | undefined {
  const text = sentence.text;
  const opener = [...text.slice(0, at).matchAll(/,\s+(?:where|when)\s+(?=(?:he|she)\b)/gi)].pop();
  if (!opener || /[,;]/.test(text.slice((opener.index ?? 0) + opener[0].length, at))) return undefined;
  const from = (opener.index ?? 0) + opener[0].length;
  const subject = references.find((r) => r.form === 'pronoun' && r.at === from);
  if (!subject) return undefined;
  // People named after the clause stay, for the later meetings the sentence may tell ("…, and then to Karachi, where Y will host him").
  const inside = mentions.filter((m) => m.sentence === sentence.index && !m.quoted && m.start > from && !/^(?:'s|’s)/.test(text.slice(m.end))).map((m) => m.person);
  const people = [...new Set([subject.person, ...inside])];
  return people.length >= 2 ? people : undefined;
}

/**
 * The participants of a meeting sentence: the people named acting in it, then,
 * while fewer than two, the people it refers to ("he met Mr Albanese",
 * "the Moroccan monarch … held talks with Buhari"). "The two leaders met"
 * marks the mention as the pair of the meeting told last. `references` are the
 * sentence's (see `referencesIn`), resolved once by the caller for all its triggers.
 */
export function participantsOf(ctx: ArticleContext, sentence: ReadSentence, mention: MeetingMention, references: Reference[], countries: CountryMention[], people: ExtractedPerson[], mentions: PersonMention[]): void {
  const relative = relativeClauseParticipants(sentence, mention.at, mentions) ?? (mention.anaphoric ? undefined : pronounClauseParticipants(sentence, mention.at, mentions, references));
  if (relative) {
    mention.participants = relative;
    return;
  }
  const actors = actorsIn(sentence, mentions);
  // "Al-Sharaa, accompanied by Foreign Minister X, was received by the crown prince": companions and people named only
  // in an aside do not make up the two who meet; the one the description stands for is still wanted.
  const holders = holdersAmong(sentence, mention.at, actors, mentions);
  if (holders.length < 2 && !mention.anaphoric) {
    for (const r of references) {
      // "sat down with X at the president's lakeside residence": the owner of a place is not at the meeting.
      if (r.owner) continue;
      // "The crown prince, …, had telephoned X in December to congratulate him": with two holders found, a pronoun
      // after them is one of them again, whoever the sentences before would make it.
      if (r.form === 'pronoun' && holders.length < actors.length && holders.length >= 2) continue;
      const person = r.form === 'pronoun' && opensSentence(sentence.text, r.at) ? openingSubject(ctx, sentence, people, mentions, countries) ?? r.person : r.person;
      if (!actors.includes(person)) actors.push(person);
      if (!holders.includes(person)) holders.push(person);
    }
  } else if (!mention.anaphoric) {
    // "He and Sir Keir first met …": a pronoun joined by "and" to a name in the meeting's subject is a participant too.
    // Opening the sentence, the pronoun is the subject of the sentence before: "Putin visited … when he met Kim's father. He and Kim Jong Un last met …".
    const opener = mentions.find((m) => m.sentence === sentence.index - 1 && !m.quoted);
    for (const r of references) {
      if (r.form !== 'pronoun' || !(coordinatedSubject(sentence.text, r.at, mention.at) || pronounSubjectOf(sentence.text, r.at, mention.at))) continue;
      const person = /^\W*$/.test(sentence.text.slice(0, r.at)) && opener ? opener.person : r.person;
      if (!actors.includes(person)) actors.push(person);
    }
  }
  const pair = PAIR_REFERENCE.exec(sentence.text);
  const pairActs = pair !== null && pairTakesPart(sentence.text, pair, mention.at);
  // "Putin said in his meeting with Maduro": a speaker is a participant when nobody else could be.
  // Not the source the sentence ends on: "Tinubu accepted an invitation to visit Ghana, Onanuga said."
  const attribution = ATTRIBUTION.exec(sentence.text);
  const source = (p: number) => attribution !== null && attribution.index > mention.at && mentions.some((m) => m.sentence === sentence.index && m.person === p && m.start > attribution.index);
  const withSpeakers = [...actors, ...speakersIn(sentence, mentions).filter((p) => !actors.includes(p) && !source(p) && !onlyReports(sentence, mention.at, p, mentions))];
  // "X announced the decision with Y after the two leaders held talks": the pair is named in the sentence itself.
  const namedPair = withSpeakers.length === 2 && people[withSpeakers[0]!]!.countryCode !== people[withSpeakers[1]!]!.countryCode;
  if (actors.length < 2 && !mention.anaphoric && pairActs && !namedPair) {
    mention.pair = true;
    // "The two men had held talks on Wednesday, shortly after Ruto's delegation arrived": past the meeting's own
    // clause, a person named is not a third participant of the pair's meeting.
    const end = /[,;]|\s(?:after|before|when|while|as|since|where|because)\s/i.exec(sentence.text.slice(mention.at));
    const to = end ? mention.at + end.index : sentence.text.length;
    const inClause = (p: number) => mentions.some((m) => m.sentence === sentence.index && m.person === p && m.start < to);
    actors.splice(0, actors.length, ...actors.filter(inClause));
  }
  else if (actors.length < 2) actors.splice(0, actors.length, ...[...new Set(withSpeakers)]);
  else {
    // "Trump said X and Y would come to Washington to meet him": the meeting verb's object pronoun is the speaker.
    const trigger = TRIGGER_IN.exec(sentence.text.slice(mention.at));
    const objectPronoun = trigger !== null && trigger.index === 0 && /^\s+(?:him|her)\b/i.test(sentence.text.slice(mention.at + trigger[0].length));
    const speakers = speakersIn(sentence, mentions).filter((p) => !actors.includes(p) && !source(p) && mentions.some((m) => m.sentence === sentence.index && m.person === p && m.start < mention.at));
    if (objectPronoun && speakers.length === 1) actors.push(speakers[0]!);
  }
  // "Analyst X of the university said the President's visit …": whoever only reports the meeting is not at it.
  const reporting = actors.filter((p) => !onlyReports(sentence, mention.at, p, mentions));
  // "where the two held talks on the preparations for Modi's visit": the owner of a later visit is that visit's, not this meeting's.
  const present = reporting.filter((p) => !ownsLaterMeeting(sentence, mention.at, p, mentions));
  const kept = present.length >= 2 ? present : reporting;
  mention.participants = mention.anaphoric ? [] : visitAsTopic(sentence, mention.at, mentions) ? kept.filter((p) => !namedBefore(sentence, mention.at, p, mentions)) : kept;
  const trigger = TRIGGER_IN.exec(sentence.text.slice(mention.at));
  // "The two Japanese ministers later held talks with A and B": a pair as the subject, with counterparts named after the meeting word.
  const pairSubject = PAIR_SUBJECT.exec(sentence.text);
  const here = mentions.filter((m) => m.sentence === sentence.index && mention.participants.includes(m.person));
  // Not when the names stand in a later clause: "The two leaders first met in Bali, when Mr A invited Mr B to visit".
  const firstNamed = Math.min(...here.map((m) => m.start));
  const namedInClause = !/[,;]\s*(?:when|where|after|before|while|as)\b/i.test(sentence.text.slice(mention.at, firstNamed));
  if (!mention.anaphoric && pairSubject && pairSubject.index < mention.at && mention.at - pairSubject.index < 80 && mention.participants.length >= 1 && here.every((m) => m.start > mention.at) && namedInClause) {
    mention.pair = true;
    mention.pairObject = true;
  }
  // "A summit between them in Luanda …": "them" after a meeting noun is the people of the meeting told before.
  // Not when the sentence names a group before it: "X hosted the five Central Asian leaders …, and Y held a summit with them".
  const themIsPair = trigger !== null && /^\s+(?:between|with) them\b/i.test(sentence.text.slice(mention.at + trigger[0].length)) && !GROUP_BEFORE.test(sentence.text.slice(0, mention.at));
  if (!mention.anaphoric && trigger?.index === 0 && (PAIR_OBJECT.test(sentence.text.slice(mention.at + trigger[0].length)) || themIsPair)) {
    mention.pair = true;
    mention.pairObject = true;
  }
}

/** ", accompanied by A and B, was received …": the companions of a sentence's subject, up to the main verb. */
const ACCOMPANIED_ASIDE = /,\s+(?:(?:who\s+(?:is|was)\s+)?(?:also\s+)?accompanied|joined)\s+by\s+[^;]{1,200}?,(?=\s+(?:(?:also|then|later|first)\s+)?(?:was|were|is|are|has|had|have|will|would|met|held|\p{Ll}{2,}ed)\b)/gu;

/** The actors of a sentence who may hold its meeting: not those named only as companions or in an aside away from the meeting word. */
function holdersAmong(sentence: ReadSentence, at: number, actors: number[], mentions: PersonMention[]): number[] {
  const text = sentence.text;
  const companions = [...text.matchAll(ACCOMPANIED_ASIDE)].map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));
  const aside = (i: number) => companions.some((r) => i >= r.from && i < r.to) || inAsideAwayFrom(text, i, at);
  const here = mentions.filter((m) => m.sentence === sentence.index && !m.quoted);
  return actors.filter((p) => here.some((m) => m.person === p && !aside(m.start)));
}

/** A group of people named by a plural noun, which a later "them" stands for: "the five Central Asian leaders", "the leaders of the region". */
const GROUP_BEFORE = /\b(?:the|these|those|all|their|its)\s+(?:(?!two\b|both\b)[\p{L}-]+\s+){0,4}(?:leaders|ministers|presidents|heads of state|heads of government|officials|delegations|counterparts|envoys|governments)\b/iu;

/**
 * "The prime minister was scheduled to call on President Murmu … She is due
 * to travel to Beijing": a pronoun opening a sentence is the subject the
 * sentence before opened with (a name or a description), not the last person
 * it named. Undefined when that sentence opens with no person.
 */
function openingSubject(ctx: ArticleContext, sentence: ReadSentence, people: ExtractedPerson[], mentions: PersonMention[], countries: CountryMention[], depth = 0): number | undefined {
  const previous = ctx.sentences[sentence.index - 1];
  if (!previous) return undefined;
  // "In El Salvador on Monday, he sat down with X … In San José on Tuesday, he met Y": a sentence before that opens
  // with the pronoun too hands on its own subject.
  const pronoun = /\b(?:he|she)\b/i.exec(previous.text);
  if (pronoun && opensSentence(previous.text, pronoun.index) && depth < 3) {
    const own = openingSubject(ctx, previous, people, mentions, countries, depth + 1);
    if (own !== undefined) return own;
  }
  const named = mentions.filter((m) => m.sentence === previous.index && !m.quoted).sort((a, b) => a.start - b.start)[0];
  const opensWithName = named !== undefined && OBJECT_TITLE.test(previous.text.slice(0, named.start).replace(/^/, ' ')) && !/['’]s$/.test(previous.text.slice(named.end, named.end + 2));
  if (opensWithName) return named.person;
  const described = referencesIn(ctx, previous, people, mentions, countries).find((r) => r.form === 'description' && r.at <= 4);
  return described?.person;
}

/**
 * True when the pronoun at `at` is the subject of the meeting word at
 * `trigger`, in its own clause: "…, where she held talks with Lula", "he is
 * scheduled to meet X". The sentence may name two other people; the
 * pronoun's person still takes part. So does one opening the main clause
 * after a place or time phrase: "In Nairobi on Monday, he met X and Y".
 */
function pronounSubjectOf(text: string, at: number, trigger: number): boolean {
  if (at >= trigger || trigger - at > 50) return false;
  if (!/^(?:he|she)\s+(?:[\p{L}'’-]+\s+){0,5}$/iu.test(text.slice(at, trigger))) return false;
  return /(?:^|,\s+(?:where|when|and|but)\s+|\b(?:where|when)\s+)$/i.test(text.slice(0, at)) || OPENING_BEFORE_SUBJECT.test(text.slice(0, at));
}

/** True when offset `at` opens the sentence, or its main clause after an opening place or time phrase. */
function opensSentence(text: string, at: number): boolean {
  return /^\W*$/.test(text.slice(0, at)) || OPENING_BEFORE_SUBJECT.test(text.slice(0, at));
}

/** All of a sentence before its subject, when that is an opening place or time phrase (coref.ts's `OPENING_PHRASE`). */
const OPENING_BEFORE_SUBJECT = new RegExp(`^${OPENING_PHRASE}\\s+$`, 'i');

/** True when the pronoun at `at` is joined by "and" to a name before the meeting word at `trigger`: "He and X met", "X and she held talks". */
function coordinatedSubject(text: string, at: number, trigger: number): boolean {
  if (at >= trigger || trigger - at > 80) return false;
  const pronoun = /^(?:he|she)\b/i.exec(text.slice(at));
  if (!pronoun) return false;
  const rest = text.slice(at + pronoun[0].length, trigger);
  return (/^\s+and\s+\S/i.test(rest) || /\band\s+$/i.test(text.slice(Math.max(0, at - 6), at))) && !/[,;]/.test(rest);
}

/**
 * "Analyst X said the President's visit sent a strong signal": a speaker
 * whose words tell another person's meeting only reports it. Not so when
 * the words are about the speaker ("said his talks with Y"), or when the
 * meeting is the setting of the speech ("said in his meeting with Y", "told
 * reporters after talks with Y").
 */
function onlyReports(sentence: ReadSentence, at: number, person: number, mentions: PersonMention[]): boolean {
  const here = mentions.filter((m) => m.sentence === sentence.index && m.person === person);
  const own = here.find((m) => m.end <= at);
  if (!own || here.some((m) => m.start > at)) return false;
  const words = sentence.text.slice(own.end, at);
  const verb = /\b(?:said|says|added|noted|stated|wrote|told)\b/i.exec(words);
  // The speech verb is the speaker's own: only a description of the speaker stands between ("X of the university said").
  // An "and" inside a capitalised name ("the Institute of Politics and Economics") joins no clause.
  const description = words.slice(0, verb?.index ?? 0).replace(/\p{Lu}[\p{L}-]*\s+and\s+(?=\p{Lu})/gu, '');
  if (!verb || /[;:]|\b(?:and|but|who|which|after|before|when)\b/i.test(description)) return false;
  const said = words.slice(verb.index + verb[0].length);
  // "X said Y would come to meet him": a pronoun up to the meeting word's object may be the speaker's.
  if (/\b(?:he|she|his|her|they|their|him|them)\b/i.test(said + sentence.text.slice(at, at + 30))) return false;
  return !/\b(?:in|during|at|after|before|ahead of|following|while|when|on)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.test(said);
}

/**
 * True when a person is named in the sentence only as the owner of another
 * meeting told after this one's word: "held talks on the preparations for
 * Modi's visit", "discussed Lula's trip to Beijing".
 */
function ownsLaterMeeting(sentence: ReadSentence, at: number, person: number, mentions: PersonMention[]): boolean {
  const own = mentions.filter((m) => m.sentence === sentence.index && m.person === person && !m.quoted);
  return own.length > 0 && own.every((m) => m.start > at + 4 && /^(?:'s|’s)\s+(?:[\p{L}-]+\s+){0,2}(?:visit|trip|tour|arrival|meeting|talks|summit)\b/u.test(sentence.text.slice(m.end)));
}

/**
 * "were suspended after making remarks about Mr. Modi's visit to
 * Lakshadweep": a visit owned by a possessive, told as what words were
 * about, is that person's visit; people named before it are not at it.
 */
function visitAsTopic(sentence: ReadSentence, at: number, mentions: PersonMention[]): boolean {
  if (!/^(?:visit|trip)\b/i.test(sentence.text.slice(at))) return false;
  const owner = mentions.filter((m) => m.sentence === sentence.index && m.end <= at && /^(?:'s|’s)\s+(?:[\p{L}-]+\s+)?$/u.test(sentence.text.slice(m.end, at))).pop();
  return owner !== undefined && /\b(?:about|over|regarding|concerning|against|criticised|criticized|condemned|mocked)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,3}$/u.test(sentence.text.slice(Math.max(0, owner.start - 60), owner.start));
}

/** True when the person is named in the sentence before offset `at` only, not after it. */
function namedBefore(sentence: ReadSentence, at: number, person: number, mentions: PersonMention[]): boolean {
  const own = mentions.filter((m) => m.sentence === sentence.index && m.person === person);
  return own.length > 0 && own.every((m) => m.end < at) && !own.some((m) => /^(?:'s|’s)\s+(?:[\p{L}-]+\s+)?$/u.test(sentence.text.slice(m.end, at)));
}
