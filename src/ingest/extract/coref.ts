/**
 * Reference stage for meetings: who "he", "him", "the Moroccan monarch",
 * "the outgoing leader" or "the two leaders" is, and which named people of a
 * sentence only speak about it ("…, the spokesman said"). Pure and local:
 * a reference resolves within its sentence or the two before it.
 */
import type { ExtractedPerson } from '../types.ts';
import type { ArticleContext, ReadSentence } from './context.ts';
import type { CountryMention } from './countries.ts';
import { continuesIntoPlaceName, type PersonMention } from './people.ts';
import { TITLE_HEADS } from './roles.ts';

/** A person referred to without a name, resolved. */
export interface Reference {
  person: number;
  /** Offset in the sentence. */
  at: number;
  /** How the text refers: a pronoun or a definite description. */
  form: 'pronoun' | 'description';
  /** "at the president's lakeside residence": a description that only owns a thing, so does not act in the sentence. */
  owner?: boolean;
}

/** Verbs that make a name right before them a speaker, not an actor: "X said", "X told reporters". */
const SPEECH_AFTER = /^(?:'s\s+office\s+)?\s*(?:,\s*)?(?:said|says|added|noted|stated|wrote|announced|reported|told (?:reporters|a news conference|journalists|a briefing|local radio|state media))\b/i;

/** Nouns of office a definite description uses, grouped by the role titles they can stand for. */
const DESCRIPTION_HEADS: Record<string, RegExp> = {
  leader: /\b(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|monarch|leader|crown prince)\b/i,
  monarch: /\b(?:king|queen|emir|amir|sultan|monarch|crown prince)\b/i,
  king: /\bking\b/i,
  queen: /\bqueen\b/i,
  // Kuwaiti and Qatari agencies write "Amir" for the ruler the wires call "emir".
  emir: /\b(?:emir|amir)\b/i,
  amir: /\b(?:emir|amir)\b/i,
  sultan: /\bsultan\b/i,
  // "The crown prince visited Beijing": the heir, not the king his father.
  'crown prince': /\bcrown prince\b/i,
  president: /\bpresident\b/i,
  // "the Angolan Head of State": a president or a monarch, as agency copy calls them.
  'head of state': /\b(?:president|king|queen|emir|amir|sultan|monarch|head of state)\b/i,
  'prime minister': /\bprime minister\b/i,
  premier: /\b(?:premier|prime minister)\b/i,
  chancellor: /\bchancellor\b/i,
  minister: /\bminister\b/i,
  'foreign minister': /\bforeign minister\b/i,
};

/** A head noun written either way: agency copy capitalises offices ("the Kenyan President"). */
function eitherCase(head: string): string {
  return head.replace(/\b[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

const DESCRIPTION = new RegExp(
  `\\b(?:the|The)\\s+((?:[a-z][a-z-]+\\s+){0,2}?)((?:\\p{Lu}[\\p{L}-]+\\s+){0,2}?)(${Object.keys(DESCRIPTION_HEADS).sort((a, b) => b.length - a.length).map(eitherCase).join('|')})(?:(?:'s|’s)\\b|\\b(?!\\s+(?:of|\\p{Lu})))`,
  'gu',
);

/**
 * Subject pronouns and object pronouns that can name a participant. "her" is
 * mostly a possessive ("her hotel"); it is the object only before a
 * preposition or a punctuation mark ("called on her at the hotel", "met her.").
 */
const PRONOUN = /\b(?:he|she|He|She|him|her(?=\s+(?:at|in|on|to|for|with|during|after|before|about|over|from|by|and|last|later|twice)\b|\s*[,.;:]))\b/g;

/** Group references to the pair of a meeting told just before: "the two leaders", "both presidents". */
export const PAIR_REFERENCE = /\bthe (?:leaders|presidents|prime ministers) (?=(?:\w+ ){0,2}(?:met|meet|held|hold|spoke|talked|co-chair(?:ed)?)\b)|\b(?:the two|both) (?:leaders|presidents|prime ministers|premiers|ministers|foreign ministers|men|women|heads of state|heads of government|monarchs|sides)\b|\bthey (?=(?:\w+ ){0,3}(?:met|meet|held|hold|spoke|spoken|talked|co-chair(?:ed)?)\b)/i;

/** True when a person mention is a speaker: its name is followed by a speech verb ("Kishida said", "X told reporters"). */
export function isSpeaker(sentence: ReadSentence, m: PersonMention): boolean {
  return SPEECH_AFTER.test(sentence.text.slice(m.end));
}

/** People mentioned (named, not quoted) in a sentence, in order of first mention. */
function namedIn(sentenceIndex: number, mentions: PersonMention[], ctx: ArticleContext): PersonMention[] {
  const text = ctx.sentences[sentenceIndex]?.text ?? '';
  return mentions.filter((m) => m.sentence === sentenceIndex && !m.quoted && !inPlaceName(text, m));
}

/**
 * "In San José on Tuesday": a given name after "San", "Santa" or "São" is part of a place's name, not a mention of its bearer.
 * So is a name right before the head noun of a place named after its bearer: "at Heydar Aliyev International Airport".
 */
export function inPlaceName(text: string, m: PersonMention): boolean {
  return /\b(?:San|Santa|Santo|São|Sao)\s+$/.test(text.slice(Math.max(0, m.start - 8), m.start)) || continuesIntoPlaceName(text.slice(m.end, m.end + 60));
}

/**
 * The person a definite description names: "the Azerbaijani leader" (role and
 * nationality), "the emir", "the Moroccan monarch", "the outgoing leader"
 * (a word written before the person's name elsewhere). Ties go to the person
 * mentioned last before the sentence.
 */
function resolveDescription(ctx: ArticleContext, s: ReadSentence, adjectives: string[], nationality: string | undefined, head: string, people: ExtractedPerson[], mentions: PersonMention[]): number | undefined {
  const pattern = DESCRIPTION_HEADS[head.toLowerCase().replace(/\s+/g, ' ')]!;
  const candidates = people
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.roles.some((r) => pattern.test(r.title) && !/^former\b/i.test(r.title)))
    .filter(({ p }) => (nationality ? p.countryCode === nationality || p.countryCode === undefined : true))
    .filter(({ i }) => mentions.some((m) => m.person === i && m.sentence <= s.index))
    .filter(({ i }) => !isLate(ctx, i, mentions));
  // "Nigerian leader X … the Nigerian president": when no one of that nationality holds the office named, the one who leads it is meant.
  if (nationality && !candidates.some(({ p }) => p.countryCode === nationality) && DESCRIPTION_HEADS.leader!.test(head)) {
    const leaders = people
      .map((p, i) => ({ p, i }))
      .filter(({ p, i }) => p.countryCode === nationality && p.roles.some((r) => DESCRIPTION_HEADS.leader!.test(r.title) && !/^former\b/i.test(r.title)) && mentions.some((m) => m.person === i && m.sentence <= s.index));
    if (leaders.length > 0) candidates.splice(0, candidates.length, ...leaders);
  }
  if (candidates.length === 0) return undefined;
  const exactNationality = candidates.filter(({ p }) => nationality && p.countryCode === nationality);
  const pool = exactNationality.length > 0 ? exactNationality : candidates;
  const described = pool.filter(({ i }) => adjectives.length > 0 && mentions.some((m) => m.person === i && adjectives.every((a) => new RegExp(`\\b${a}\\b[^.]{0,40}$`, 'i').test(ctx.sentences[m.sentence]!.text.slice(0, m.start)))));
  const ranked = (described.length > 0 ? described : pool).map(({ i }) => ({ i, last: lastMentionBefore(i, s.index, mentions) }));
  ranked.sort((a, b) => b.last - a.last);
  return ranked[0]?.i;
}

/**
 * Words of a name, and titles, between "the late" and the mention's last word: "the late King Faisal bin Abdulaziz".
 * After "the late", an office in lower case may stand between: "the late leader Fidel Castro".
 */
const LATE_BEFORE = /(?:\blate|\bthe\s+late\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}?)\s*(?:(?:\p{Lu}[\p{L}\p{M}'’.-]*|bin|ibn|al|el|de|da|van|von)\s+){1,7}$/u;

/** True for a person the story calls "the late …": someone dead, whom no description of a current office names. */
function isLate(ctx: ArticleContext, person: number, mentions: PersonMention[]): boolean {
  return mentions.some((m) => m.person === person && LATE_BEFORE.test(ctx.sentences[m.sentence]!.text.slice(0, m.start)));
}

function lastMentionBefore(person: number, sentence: number, mentions: PersonMention[]): number {
  return mentions.filter((m) => m.person === person && m.sentence < sentence).reduce((max, m) => Math.max(max, m.sentence), -1);
}

/** A coordinated clause opened by a named subject and its verb: ", and Mr. Jaishankar travelled", "; Rivera flew". */
const CLAUSE_OPENER = /(?:,\s+(?:and|but|while|whereas)|;)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}'’-]+)\s+(?:(?:also|then|later|had|has|was|were|is|will|would)\s+)?(?=\p{Ll}{2,}ed\b|(?:met|held|took|told|spoke|went|came|left|flew|made|paid|said|travels|flies|arrives|meets|visits|holds)\b)/gu;

/**
 * "A had held talks with B in May, and B travelled to Male in August, where
 * he called on C": a subject pronoun after a coordinated clause opened by a
 * person named before in the sentence is that clause's subject, not the
 * sentence's first person. Undefined when no such clause stands before it.
 */
function clauseOpenerBefore(text: string, at: number, here: PersonMention[], people: ExtractedPerson[]): number | undefined {
  const opener = [...text.slice(0, at).matchAll(CLAUSE_OPENER)].pop();
  if (!opener) return undefined;
  const last = opener[1]!.split(/\s+/).pop()!;
  const person = here.find((m) => people[m.person]?.name.split(/\s+/).includes(last));
  return person?.person;
}

/**
 * The person a pronoun names. "He"/"she" after a person named earlier in the
 * same sentence is that person ("Putin visited Pyongyang, when he met …");
 * otherwise, and always for "him", the first person named in the nearest of
 * the two previous sentences who is not already named in this one.
 */
function resolvePronoun(
  pronoun: string,
  at: number,
  s: ReadSentence,
  ctx: ArticleContext,
  mentions: PersonMention[],
  earlier: Reference[],
  possessive: ReadonlySet<Reference>,
  descriptionsBefore: (back: number) => Reference[],
  people: ExtractedPerson[] = [],
): number | undefined {
  const here = namedIn(s.index, mentions, ctx);
  if (!/^(?:him|her)$/i.test(pronoun)) {
    const opener = clauseOpenerBefore(s.text, at, here, people);
    if (opener !== undefined) return opener;
    const subject = [...here.map((m) => ({ person: m.person, at: m.start })), ...earlier].filter((r) => r.at < at).sort((a, b) => a.at - b.at)[0];
    if (subject) return subject.person;
  }
  const object = objectOfFirstVerb(s.text, at, here, earlier);
  if (object !== undefined) return object;
  const owner = ownerBefore(s.text, at, pronoun, here);
  if (owner !== undefined) return owner;
  const main = mainSubjectAcrossClause(s.text, at, pronoun, here, earlier);
  if (main !== undefined) return main;
  const exclude = new Set([...here.map((m) => m.person), ...earlier.filter((r) => !possessive.has(r)).map((r) => r.person)]);
  for (let back = 1; back <= 2; back++) {
    const prev = ctx.sentences[s.index - back];
    if (!prev) break;
    // "In El Salvador on Monday, he sat down with X. In San José on Tuesday, he met Y": a sentence before that
    // opens with a subject pronoun hands on that pronoun's person, not the first name it gives.
    if (!/^(?:him|her)$/i.test(pronoun)) {
      const own = openingPronounPerson(ctx, prev, people, mentions);
      if (own !== undefined && !exclude.has(own)) return own;
    }
    // The subject of the sentence before, preferring a person who acts over one who only comments at the end.
    const candidates = namedIn(prev.index, mentions, ctx).filter((m) => !exclude.has(m.person));
    const candidate = candidates.find((m) => !isSpeaker(prev, m) || m.start < 3) ?? candidates[0];
    // A description that opens the sentence before ("The prime minister was to …") is its subject, ahead of the names after it.
    // With no name there, a description anywhere in it ("the fourth stop of the King's tour") is the one meant.
    const described = descriptionsBefore(back).find((r) => !exclude.has(r.person) && (!candidate || (r.at < 3 && r.at < candidate.start)));
    if (described) return described.person;
    if (candidate) return candidate.person;
  }
  return undefined;
}

/**
 * "Scholz was the first leader to visit after Lula's return to office,
 * holding talks with him": an object pronoun may stand for a person the
 * sentence named before it only as an owner ("Lula's"), never for its
 * subject. Undefined when no such person stands before the pronoun.
 */
function ownerBefore(text: string, at: number, pronoun: string, here: PersonMention[]): number | undefined {
  if (!/^(?:him|her)$/i.test(pronoun)) return undefined;
  const subject = here[0]?.person;
  return here.filter((m) => m.end <= at && m.person !== subject && /^['’]s\b/.test(text.slice(m.end)) && !here.some((x) => x.person === m.person && !/^['’]s\b/.test(text.slice(x.end)))).pop()?.person;
}

/**
 * "The president arrived in Doha from Riyadh, where on Tuesday the crown
 * prince hosted him", "Vucic attended the forum, and Xi held talks with
 * him": an object pronoun in a clause opened after a comma ("where", "when",
 * "and") whose own subject is another person stands for the subject of the
 * main clause before it, when that clause names no one else. Undefined when the clause has no
 * subject of its own before the pronoun or the main clause none.
 */
function mainSubjectAcrossClause(text: string, at: number, pronoun: string, here: PersonMention[], earlier: Reference[]): number | undefined {
  if (!/^(?:him|her)$/i.test(pronoun)) return undefined;
  const opener = [...text.slice(0, at).matchAll(/,\s+(?:where|when|after|before|while|as|and|but)\b/gi)].pop();
  if (!opener || /[;:]/.test(text.slice(opener.index ?? 0, at))) return undefined;
  const from = opener.index ?? 0;
  const people = [...here.map((m) => ({ person: m.person, at: m.start })), ...earlier.map((r) => ({ person: r.person, at: r.at }))].sort((a, b) => a.at - b.at);
  const own = people.filter((p) => p.at > from && p.at < at).pop();
  // The main clause names one person only, its subject: "In October, Vucic attended the forum, and Xi held talks with him".
  const mainClause = people.filter((p) => p.at < from);
  const main = mainClause[0];
  return own && main && own.person !== main.person && mainClause.every((p) => p.person === main.person) ? main.person : undefined;
}

/**
 * "X received Y at the palace and exchanged cordial talks with him": in a
 * verb phrase joined by "and" to the first, with no subject of its own, the
 * object pronoun is the first verb's object (the person named or described
 * last before it), not the subject nor anyone of an earlier sentence.
 */
function objectOfFirstVerb(text: string, at: number, here: PersonMention[], earlier: Reference[]): number | undefined {
  if (!/^(?:him|her)\b/i.test(text.slice(at))) return undefined;
  const before = [...here.map((m) => ({ person: m.person, at: m.start })), ...earlier.map((r) => ({ person: r.person, at: r.at }))].filter((r) => r.at < at).sort((a, b) => a.at - b.at);
  const subject = before[0];
  const object = before[before.length - 1];
  if (!subject || !object || subject.person === object.person) return undefined;
  const between = text.slice(object.at, at);
  return /\band\s+(?:also\s+)?\p{Ll}+ed\b/u.test(between) && !/[;:]/.test(between) ? object.person : undefined;
}

/**
 * Per article (by its mention list), the person of each sentence's opening
 * subject pronoun, once worked out. A chain of sentences that each open with
 * "he" hands the person on from one to the next; without the memo each
 * sentence would resolve the whole chain before it again, exponentially.
 */
const openingPronouns = new WeakMap<PersonMention[], WeakMap<ExtractedPerson[], Map<number, number | undefined>>>();

/** The person of the subject pronoun a sentence opens with ("In Nairobi on Monday, he …"), if any. */
function openingPronounPerson(ctx: ArticleContext, s: ReadSentence, people: ExtractedPerson[], mentions: PersonMention[]): number | undefined {
  let byPeople = openingPronouns.get(mentions);
  if (!byPeople) openingPronouns.set(mentions, (byPeople = new WeakMap()));
  let memo = byPeople.get(people);
  if (!memo) byPeople.set(people, (memo = new Map()));
  if (memo.has(s.index)) return memo.get(s.index);
  memo.set(s.index, undefined); // a cycle cannot arise (each step looks back), but never recurse into the same sentence
  const opening = OPENS_WITH_PRONOUN.exec(s.text);
  const person = opening ? referencesIn(ctx, s, people, mentions, []).find((r) => r.form === 'pronoun' && r.at === opening[0].length - opening[1]!.length)?.person : undefined;
  memo.set(s.index, person);
  return person;
}

/** A place or time phrase a sentence may open with before its subject, up to its comma: "In Nairobi on Monday,", "Earlier,", "On the same day,". */
export const OPENING_PHRASE = String.raw`(?:in|on|at|during|after|before|earlier|later|meanwhile|there|then|since|from|while|upon|last|this|that|the next|the following)\b[^,;:"“”]{0,60},`;

/** A sentence whose subject is a pronoun, at its start or after an opening place or time phrase: "In Nairobi on Monday, he …". */
const OPENS_WITH_PRONOUN = new RegExp(`^(?:${OPENING_PHRASE}\\s+)?(he|she)\\b`, 'i');

/** Forms of address that stand for a person once the story has written them before the name: "His Highness", "Her Majesty". */
const ADDRESS = /\b(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty|Excellency|Holiness|Eminence)\b/gu;

/** A capitalised title phrase with an "of" complement: "the Custodian of the Two Holy Mosques", "the Speaker of the House". */
const TITLE_PHRASE = /\b[Tt]he\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*(?:\s+(?:of|for)(?:\s+the)?\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)*)+)/gu;

/**
 * A title of two or three capitalised words after "the": "the Chief Adviser",
 * stood for by the one person introduced with it. Its last word must be a
 * title's head: "the White House team" names an office, not its spokesman.
 */
const TITLE_WORDS = /\b[Tt]he\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){1,2}\b(?!\s+(?:of|for)\b)/gu;

/** True when a capitalised phrase after "the" ends in a title's head ("the Chief Adviser", not "the White House"). */
function endsInTitleHead(phrase: string): boolean {
  const last = /(\p{L}+)$/u.exec(phrase)?.[1]?.toLowerCase();
  return !!last && TITLE_HEADS.has(last);
}

/** A word of a name as it follows a form of address: capitalised, or a particle ("bin", "al", "de"). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}.'’-]*|(?:bin|bint|ibn|al|el|de|da|do|dos|van|von|der)(?![\p{L}]))`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The one person the story introduced with a form of address or title phrase
 * written straight before their name ("His Highness Sheikh …", "the
 * Custodian of the Two Holy Mosques King …"), or whose role is that title
 * phrase. Undefined unless exactly one person fits: several people addressed
 * alike make the bare form ambiguous.
 */
function resolveAddress(ctx: ArticleContext, s: ReadSentence, phrase: string, people: ExtractedPerson[], mentions: PersonMention[]): number | undefined {
  // "the Chief Adviser" stands for the person introduced as "Chief Adviser Professor X", with or without "the".
  const words = escapeRegExp(phrase.replace(/^[Tt]he\s+/, '')).replace(/\s+/g, '\\s+');
  // So does an apposition: "The President of the Republic, Mr. Abdelmadjid Tebboune".
  const before = new RegExp(`\\b(?:[Tt]he\\s+)?${words},?(?:\\s+(?:Mr|Mrs|Ms|Dr)\\.?)?(?:\\s+${NAME_WORD})+$`, 'u');
  const holders = new Set<number>();
  // Those for whom the phrase is the complement of another office ("Head of the Office of the President of Ukraine
  // Andriy Yermak") hold it only when nobody else does (but "at the invitation of His Majesty Sultan X" is the Sultan).
  const complements = new Set<number>();
  for (const m of mentions) {
    if (m.sentence > s.index) continue;
    const text = ctx.sentences[m.sentence]!.text.slice(0, m.end);
    const found = before.exec(text);
    if (found) (OF_AN_OFFICE.test(text.slice(0, found.index)) ? complements : holders).add(m.person);
  }
  const bare = phrase.replace(/^the\s+/i, '').toLowerCase();
  people.forEach((p, i) => {
    if (p.roles.some((r) => r.title.toLowerCase() === bare) && mentions.some((m) => m.person === i && m.sentence <= s.index)) holders.add(i);
  });
  const all = holders.size > 0 ? holders : complements;
  return all.size === 1 ? [...all][0] : undefined;
}

/** The end of an office with an "of" complement: "Head of the Office of the ", "Chief of Staff of ". */
const OF_AN_OFFICE = /\p{Lu}\p{L}*\s+of\s+(?:the\s+)?$/u;

/** True when a name follows straight after a phrase, as at its introduction ("His Highness Sheikh …"). */
function nameFollows(text: string, end: number): boolean {
  return new RegExp(`^\\s+${NAME_WORD}`, 'u').test(text.slice(end));
}

/** True when a person's name is part of the phrase: a capitalised title phrase runs on into the name it introduces. */
function holdsName(s: ReadSentence, at: number, end: number, mentions: PersonMention[]): boolean {
  return mentions.some((m) => m.sentence === s.index && m.start < end && m.end > at);
}

/** References to people by a form of address or a title phrase the story gave them at introduction. */
function addressesIn(ctx: ArticleContext, s: ReadSentence, people: ExtractedPerson[], mentions: PersonMention[]): Reference[] {
  const found: Reference[] = [];
  for (const m of [...s.text.matchAll(ADDRESS), ...s.text.matchAll(TITLE_PHRASE), ...[...s.text.matchAll(TITLE_WORDS)].filter((m) => endsInTitleHead(m[0]))]) {
    const at = m.index ?? 0;
    if (nameFollows(s.text, at + m[0].length) || holdsName(s, at, at + m[0].length, mentions)) continue;
    const person = resolveAddress(ctx, s, m[0], people, mentions);
    if (person !== undefined) found.push({ person, at, form: 'description' });
  }
  return found;
}

/** References to people by description or pronoun in a sentence, resolved, in order. */
export function referencesIn(ctx: ArticleContext, s: ReadSentence, people: ExtractedPerson[], mentions: PersonMention[], countries: CountryMention[]): Reference[] {
  const possessive = new Set<Reference>();
  const found = descriptionsIn(ctx, s, people, mentions, countries, possessive);
  // "The prime minister was to call on X. She is due to …": the subject before may be a description, not a name.
  const before = (back: number) => (ctx.sentences[s.index - back] ? descriptionsIn(ctx, ctx.sentences[s.index - back]!, people, mentions, countries, new Set()) : []);
  for (const m of s.text.matchAll(PRONOUN)) {
    const at = m.index ?? 0;
    const person = resolvePronoun(m[0], at, s, ctx, mentions, found, possessive, before, people);
    if (person !== undefined) found.push({ person, at, form: 'pronoun' });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** References by description, form of address or title phrase in a sentence, resolved (no pronouns). */
function descriptionsIn(ctx: ArticleContext, s: ReadSentence, people: ExtractedPerson[], mentions: PersonMention[], countries: CountryMention[], possessive: Set<Reference>): Reference[] {
  const found: Reference[] = [];
  for (const m of s.text.matchAll(DESCRIPTION)) {
    const at = m.index ?? 0;
    const capitalised = (m[2] ?? '').trim();
    const nationality = capitalised ? countries.find((c) => c.sentence === s.index && c.start >= at && c.end <= at + m[0].length)?.code : undefined;
    if (capitalised && !nationality) continue;
    const adjectives = (m[1] ?? '').trim().split(/\s+/).filter((w) => w && !/^(?:two|both|new|current|then|former|late)$/.test(w));
    if ((m[1] ?? '').match(/\b(?:former|late|then)\b/)) continue;
    // "travel to the continent as president": words of a clause between "the" and the office are no description.
    if ((m[1] ?? '').match(/\b(?:as|of|to|in|on|at|for|with|by|from|and|or|but|is|was|were|are|be|been|has|had|have|that|who|which)\b/)) continue;
    // "…, the first Japanese leader to visit all of them": an ordinal description characterises someone, it names no one told before.
    if ((m[1] ?? '').match(/\b(?:first|second|third|fourth|fifth|last|only|latest)\b/)) continue;
    const person = resolveDescription(ctx, s, adjectives, nationality, m[3]!, people, mentions);
    if (person === undefined) continue;
    const reference: Reference = { person, at, form: 'description' };
    // "at the president's residence" owns a thing; "the president's visit", "the prime minister's talks" still tell the person's doings.
    const after = s.text.slice(at + m[0].length).replace(/^['’]s\b/, '');
    if ((/['’]s$/.test(m[0]) || /^['’]s\b/.test(s.text.slice(at + m[0].length))) && !/^\s+(?:[\w-]+\s+)?(?:visit|meeting|talks|trip|invitation|tour|arrival)\b/i.test(after)) reference.owner = true;
    found.push(reference);
    // "He met X after the Prime Minister's visit": a possessive description is often the pronoun's own person, so it rules no one out.
    if (/['’]s$/.test(m[0]) || /^['’]s\b/.test(s.text.slice(at + m[0].length))) possessive.add(reference);
  }
  for (const r of addressesIn(ctx, s, people, mentions)) if (!found.some((f) => f.at === r.at)) found.push(r);
  for (const r of guestsIn(ctx, s, mentions)) if (!found.some((f) => f.at === r.at)) found.push(r);
  for (const r of lateDescriptionsIn(ctx, s, mentions)) if (!found.some((f) => f.at === r.at)) found.push(r);
  return found;
}

/** "the distinguished guest", "the high guest", "the guest": agency copy's name for the visitor. Not "the guest of honour at …", nor "guests". */
const GUEST = /\b[Tt]he\s+(?:(?:distinguished|high|honou?red|esteemed|august|visiting)\s+)?guest\b(?!\s+of\b|s)/gu;

/** What the story says of the visitor after the name: "X, who is on a state visit to …", "X, who arrived in Baku on a visit". */
const ON_A_VISIT = /^,\s+who\s+(?:is|was|has been)?\s*(?:paying\s+|on\s+|in\s+[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)?\s+on\s+|arrived\b[^,;.]{0,60}?\bon\s+)(?:a|an|his|her)\s+(?:[\p{L}-]+\s+){0,3}visit\b/u;

/**
 * "X, who is on a state visit to Azerbaijan … At the airport, the
 * distinguished guest was welcomed by Y": "the guest" is the one person the
 * story told before as on a visit. Nothing when it told of none, or of several.
 */
function guestsIn(ctx: ArticleContext, s: ReadSentence, mentions: PersonMention[]): Reference[] {
  const found: Reference[] = [];
  for (const m of s.text.matchAll(GUEST)) {
    const at = m.index ?? 0;
    const visitors = new Set(mentions.filter((x) => (x.sentence < s.index || (x.sentence === s.index && x.end <= at)) && ON_A_VISIT.test(ctx.sentences[x.sentence]!.text.slice(x.end))).map((x) => x.person));
    if (visitors.size === 1) found.push({ person: [...visitors][0]!, at, form: 'description' });
  }
  return found;
}

/** "The late General Secretary", "the late leader": a dead person described by an office, no name after it. */
const LATE_DESCRIPTION = /\b[Tt]he late\s+(?:(?:\p{Lu}[\p{L}-]*|[a-z]+)\s+){0,3}?(?:\p{Lu}[\p{L}-]*|leader|president|king|premier|secretary)\b(?!\s+(?:\p{Lu}|of\b))/gu;

/** Words before a name that tell the person has died: "following the death of X", "the funeral of X". */
const DEATH_BEFORE = /\b(?:death|funeral|passing|assassination|killing) of\s+(?:(?:the\s+)?(?:late\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,4})?$/u;

/**
 * "… following the death of Nguyen Phu Trong. The late General Secretary
 * visited Cuba in 2018": "the late" and an office, with no name after it,
 * stands for the one person the story told before as dead. Nothing when
 * the story tells of no such person, or of several.
 */
function lateDescriptionsIn(ctx: ArticleContext, s: ReadSentence, mentions: PersonMention[]): Reference[] {
  const found: Reference[] = [];
  for (const m of s.text.matchAll(LATE_DESCRIPTION)) {
    const at = m.index ?? 0;
    if (holdsName(s, at, at + m[0].length, mentions)) continue;
    const dead = new Set(mentions.filter((x) => x.sentence <= s.index && (x.sentence < s.index || x.start < at) && (DEATH_BEFORE.test(ctx.sentences[x.sentence]!.text.slice(0, x.start)) || isLate(ctx, x.person, mentions))).map((x) => x.person));
    if (dead.size === 1) found.push({ person: [...dead][0]!, at, form: 'description' });
  }
  return found;
}
