/**
 * Agreement mentions of one sentence: every document noun phrase, signed or only referred to, with its fields.
 */
import { inRanges, parseCount, quotedRanges } from '../../text.ts';
import type { ExtractedPerson, PartialDate } from '../../types.ts';
import { warn, type ArticleContext, type ReadSentence } from '../context.ts';
import type { CountryMention } from '../countries.ts';
import { findDatesWithPrevious, leadOfArticle } from '../dates.ts';
import type { PersonMention } from '../people.ts';
import { findTopics } from '../topics.ts';
import { dateOf, laterThanPublication, monthsAround } from './dates.ts';
import { GENERIC_NOUN, kindOf, isPlural } from './kinds.ts';
import { PERFECT_OR_HABIT } from './meetings.ts';
import { NOUN_PHRASE, readPhrase, coordinated, joinCountedPairs, NOUN_AS_MODIFIER, NUMBER_OF, joinAppositives, joinBracketedShortNames, type Phrase } from './phrases.ts';
import { partiesOf, clauseStart } from './signers.ts';
import { partiesIn } from './parties.ts';
import { signingVerbs, signingOf, HEADLINE, type Signing } from './signing.ts';
import { titledDocuments, instrumentTitles, acronymPhrases, titleEnd } from './titles.ts';
import type { AgreementMention } from './types.ts';
import { valueIn } from './values.ts';
import { fieldsListed, fieldTitle } from './fields.ts';

/** A sentence that details a package already told: "Among the documents signed …", "one of the agreements". */
const ELABORATION = /\b(?:among|one of|two of|several of|some of) the (?:documents|agreements|deals|accords|memorandums|memoranda|mous|contracts|texts|protocols)\b/i;

/** Words that tell another document of the same occasion: "also signed", "a separate deal", "another accord". */
const SAME_OCCASION = /\b(?:also|then|separately|too|in addition)\b|\b(?:in|at|during) an? (?:separate|second|later|another) (?:ceremony|event|signing)\b|\b(?:separate|additional|another|further)\s+(?:[\w$.-]+\s+){0,3}$/i;

/** Words that set a document apart from those just told; "then signed" tells the next step of the same signing, not another document. */
const ANOTHER_DOCUMENT = /\b(?:also|separately|too|in addition)\b|\b(?:in|at|during) an? (?:separate|second|later|another) (?:ceremony|event|signing)\b|\b(?:separate|additional|another|further)\s+(?:[\w$.-]+\s+){0,3}$/i;

/** A perfect tense before a signing verb: "have signed", "has since signed", a total over the years up to now. */
const PERFECT_BEFORE = /\b(?:have|has)\s+(?:\w+\s+)?$/i;

/** "Since then", "since that time": a total counted from the time told in the sentence before. */
const SINCE_THEN = /\bsince\s+(?:then|that\s+(?:time|year|date))\b/i;

/** "It was signed", "It had been signed": a sentence that opens by saying a document told before was signed. */
const IT_WAS_SIGNED = /^It\s+(?:was|had been)\s+(?:(?:also|later|formally|finally|\w+ly)\s+)?(?:signed|inked|concluded|sealed)\b/;

/**
 * The document "it" names in a sentence that opens "It was signed …": the
 * last single document named in the sentence before, as a phrase of its
 * own name (so that it points back to no other document a generic noun
 * could name).
 */
function pronounPhrase(text: string, before: string | undefined): { phrase: Phrase; end: number } | undefined {
  if (!before || !IT_WAS_SIGNED.test(text)) return undefined;
  const last = [...before.matchAll(NOUN_PHRASE)].map(readPhrase).filter((p): p is Phrase => p !== undefined).pop();
  if (!last || isPlural(last.noun)) return undefined;
  return { phrase: { det: 'the', modifiers: last.modifiers, noun: last.noun, start: 0, named: true }, end: 2 };
}

/**
 * The countries of a clause before a colon that names, with a document noun
 * of the same kind, the document the colon's clause then tells the signing
 * of: "Rome already has a friendship treaty with Paris: the Quirinal Treaty
 * was signed …" gives Italy and France.
 */
function partiesBeforeColon(s: ReadSentence, phrase: Phrase, countries: CountryMention[], mentions: PersonMention[], people: ExtractedPerson[]): string[] {
  const colon = s.text.lastIndexOf(':', phrase.start);
  if (colon < 0) return [];
  const before = s.text.slice(0, colon);
  const named = [...before.matchAll(NOUN_PHRASE)].map(readPhrase).some((p) => p !== undefined && kindOf(p.noun, 1) === kindOf(phrase.noun, 1));
  return named ? partiesIn(s, 0, colon, countries, mentions, people).codes : [];
}

/** The agreement mentions of a sentence: every agreement noun phrase, signed or only referred to. */
export function mentionsIn(ctx: ArticleContext, s: ReadSentence, countries: CountryMention[], mentions: PersonMention[], people: ExtractedPerson[], main: string[], acronyms: Map<string, string>, groups: string[][] = []): AgreementMention[] {
  // A line with no closing punctuation is a headline (of this story or of a linked one): it tells no signing of its own.
  const verbs = HEADLINE.test(s.text) ? [] : signingVerbs(s.text);
  // The cue of an elaboration ("Among the documents, …") names the package it details, not a document of its own.
  const cue = ELABORATION.exec(s.text);
  const phrases = [...s.text.matchAll(NOUN_PHRASE)].flatMap((match) => {
    const phrase = readPhrase(match);
    if (cue && phrase && phrase.start >= cue.index && phrase.start < cue.index + cue[0].length) return [];
    // "its only treaty ally", "treaty obligations": the noun modifies another, it names no document.
    if (phrase && NOUN_AS_MODIFIER.test(s.text.slice((match.index ?? 0) + match[0].length))) return [];
    // "no document on the issue was signed": a denial, no document.
    if (phrase && /\bno\s+$/i.test(s.text.slice(Math.max(0, phrase.start - 4), phrase.start))) return [];
    return phrase ? [{ phrase, end: (match.index ?? 0) + match[0].length }] : [];
  });
  // "The Treaty on Allied Relations between the Republic of A and the Republic of B was signed": a capitalised noun's title runs on after it.
  for (const p of phrases) p.end = titleEnd(s, p.end, mentions);
  // A title that names a noun phrase right after it ("the Vision 2030 document") is that phrase's name, not a document of its own.
  for (const named of acronymPhrases(s.text, acronyms)) if (!phrases.some((p) => p.phrase.start < named.end && named.phrase.start < p.end)) phrases.push(named);
  for (const titled of titledDocuments(s, verbs, mentions, countries)) if (!phrases.some((p) => p.phrase.start <= titled.end + 1 && titled.phrase.start < p.end)) phrases.push(titled);
  for (const titled of instrumentTitles(s, mentions, countries)) if (!phrases.some((p) => p.phrase.start <= titled.end + 1 && titled.phrase.start < p.end)) phrases.push(titled);
  phrases.sort((a, b) => a.phrase.start - b.phrase.start);
  joinCountedPairs(s.text, phrases);
  joinBracketedShortNames(s.text, phrases);
  joinAppositives(s.text, phrases);
  // "… a so-called safe third country agreement. It was signed in the Oval Office in July 2019 by A and B": "it" names the last document of the sentence before.
  const pronoun = phrases.length === 0 && verbs.length > 0 ? pronounPhrase(s.text, ctx.sentences[s.index - 1]?.text) : undefined;
  if (pronoun) phrases.push(pronoun);
  if (phrases.length === 0) return [];
  const found = findDatesWithPrevious(s.text, ctx.sentences[s.index - 1]?.text, ctx.publishedAt, leadOfArticle(ctx));
  const dates = [...found, ...monthsAround(s.text, ctx.sentences[s.index - 1]?.text, found, ctx.publishedAt)].sort((a, b) => a.index - b.index);
  for (const d of dates) if (d.unresolved) warn(ctx, `${ctx.doc.origin}: ${d.unresolved}`);
  const elaboration = ELABORATION.test(s.text);
  const quotes = quotedRanges(s.text);
  // ", which established ties in 1960,": a relative clause set off by commas tells its own time.
  const asides = [...s.text.matchAll(/,\s+(?:which|who|whose)\b[^,;]*,/gi)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
  const claimed = new Set<number>();
  const out: AgreementMention[] = [];
  let previous: { verb?: Signing; date?: PartialDate } = {};
  phrases.forEach(({ phrase, end }, i) => {
    const { det, approx, countText, modifiers, noun } = phrase;
    // Each verb signs one phrase: the first phrase after it, or the phrase it follows.
    const nextPhrase = i + 1 < phrases.length ? phrases[i + 1]!.phrase.start : s.text.length;
    let verb = elaboration ? undefined : signingOf(s.text, phrase.start, end, verbs.filter((v) => !claimed.has(v.at)), nextPhrase);
    if (verb) claimed.add(verb.at);
    // A signing inside a quotation is someone's words, not a reported event ("'The governments signed contracts with oil companies'").
    if (verb && inRanges(verb.at, quotes)) verb = undefined;
    // "The following documents were signed: an agreement on A, a memorandum on B and …": the items listed after a colon share the verb of the plural before it.
    const listed = !verb && i > 0 && previous.verb !== undefined && isPlural(phrases[i - 1]!.phrase.noun) && /^\s*(?:(?:was|were|have been|had been)\s+(?:\w+\s+)?(?:signed|exchanged|concluded|inked)\s*)?:\s*$/i.test(s.text.slice(phrases[i - 1]!.end, phrase.start));
    const shared = !verb && i > 0 && previous.verb !== undefined && (listed || coordinated(s.text.slice(phrases[i - 1]!.end, phrase.start)));
    if (shared) verb = previous.verb;
    let count = countText ? parseCount(countText) : undefined;
    const definite = /^(?:the|this|that|these)$/i.test(det ?? '');
    if (count === undefined && /^an?$/i.test(det ?? '') && !isPlural(noun)) count = 1;
    // "the Abraham Accords", "the Camp David Accords": a capitalised plural after a name is one instrument by its name.
    const namedAccords = count === undefined && /^Accords$/.test(noun) && /\p{Lu}[\p{L}-]*\s+$/u.test(s.text.slice(Math.max(0, end - noun.length - 30), end - noun.length));
    if (namedAccords) count = 1;
    const kind = namedAccords ? 'AGREEMENT' : kindOf(noun, count);
    if (kind !== 'PACKAGE') count ??= 1;
    // A year right before the next noun phrase is that document's ("… that replaces a 1994 protocol").
    const nextStart = i + 1 < phrases.length ? phrases[i + 1]!.phrase.start : s.text.length;
    const yearOfNext = i + 1 < phrases.length ? /\b(?:(?:a|an|the|its|their|this|that)\s+)?(?:1[89]|20)\d\d\s+(?:[a-z-]+\s+){0,2}$/i.exec(s.text.slice(end, nextStart)) : null;
    // "signed a VFA with the US in 1998 and a SOVFA with Australia in 2007": a date between two documents sharing one verb is the first one's.
    const stretch = { from: i > 0 ? phrases[i - 1]!.end : 0, to: yearOfNext ? end + yearOfNext.index : nextStart };
    let when = verb ? dateOf(dates, verb, shared ? phrase.start : stretch.from, stretch.to, isPlural(noun), asides, s.text) : {};
    // "signed a contract …, with the first vessel to be delivered in 2028": a document signed is not signed after publication.
    if (when.date && verb && /ed$/i.test(s.text.slice(verb.at, verb.end)) && laterThanPublication(when.date, ctx.publishedAt)) delete when.date;
    if (shared && !when.date && !when.span && previous.date) when.date = previous.date;
    // "Since the two countries established the partnership in 2013, they have signed more than 60 documents": a total since the year of an event.
    // The event may be dated to the day ("since ties were established on December 2, 1960"): the total still runs from its year.
    if (verb && isPlural(noun) && when.date && ctx.publishedAt && PERFECT_BEFORE.test(s.text.slice(Math.max(0, verb.at - 20), verb.at))) {
      const since = /\bsince\b[^;:]*?\b((?:19|20)\d\d)\b/i.exec(s.text.slice(0, verb.at));
      if (since && Number(since[1]) === when.date.year) when = { span: { fromYear: when.date.year, toYear: Number(ctx.publishedAt.slice(0, 4)) } };
    }
    // "Kuwait and Egypt established relations in 1961. Since then, the two countries have signed more than 70 agreements": "since then" runs from the year told just before.
    if (verb && isPlural(noun) && !when.date && !when.span && ctx.publishedAt && PERFECT_BEFORE.test(s.text.slice(Math.max(0, verb.at - 20), verb.at)) && SINCE_THEN.test(s.text.slice(0, verb.at))) {
      const year = [...(ctx.sentences[s.index - 1]?.text ?? '').matchAll(/\b((?:1[89]|20)\d\d)\b/g)].pop();
      if (year) when = { span: { fromYear: Number(year[1]), toYear: Number(ctx.publishedAt.slice(0, 4)) } };
    }
    // "The partnership dates back to 2011, when A and B signed …": the year a when-clause hangs on is the time of the clause's signing.
    if (verb && !when.date && !when.span) {
      const year = [...s.text.slice(0, verb.at).matchAll(/\b((?:1[89]|20)\d\d),?\s+when\b(?=[^;:]*$)/g)].pop();
      if (year && !PERFECT_OR_HABIT.test(s.text.slice(year.index!, verb.end))) when.date = { year: Number(year[1]), precision: 'YEAR' };
    }
    // "the protocol on upgrading the Free Trade Agreement, as well as 11 other documents": a document named in the complement of one signed is no item of the list, and the list goes on past it.
    const embedded = !verb && previous.verb !== undefined && i > 0 && /^\s+(?:on|of|for|to|concerning|regarding|amending|upgrading)\s[^,;:.]*$/i.test(s.text.slice(phrases[i - 1]!.end, phrase.start));
    if (!embedded) previous = { verb, date: when.date };
    let parties = verb ? partiesOf(s, phrase.start, end, verb, countries, mentions, people, main, groups) : { codes: [], signers: [], companies: false, partners: [] };
    // "Rome already has a friendship treaty with Paris: the Quirinal Treaty was signed in Rome in 2021 by …": the clause before a colon told who the parties are.
    if (verb && parties.codes.length < 2) {
      const told = partiesBeforeColon(s, phrase, countries, mentions, people);
      if (told.length >= 2) parties = { ...parties, codes: [...new Set([...parties.codes, ...told])] };
    }
    // "the President signed the Fisheries Act": an instrument title signed by one state alone is a law, no agreement.
    if (phrase.instrument && verb && parties.codes.length === 1) {
      verb = undefined;
      parties = { codes: [], signers: [], companies: false, partners: [] };
    }
    // "bring to more than 30 the number of agreements": the count stands before "the number of".
    const numberOf = NUMBER_OF.exec(s.text.slice(Math.max(0, phrase.start - 60), phrase.start));
    if (numberOf && count === undefined) count = parseCount(numberOf[2]!);
    // "Two memorandums … were also signed": the passive tells another document of the occasion after the noun.
    const alsoPassive = verb !== undefined && verb.after && verb.at > end && /\b(?:also|separately|too|in addition)\b/i.test(s.text.slice(end, verb.at).split(',').pop()!);
    // "In addition, A and B signed, in the presence of the two leaders, a contract": the clause is the verb's, not the aside's before the noun.
    const leadIn = s.text.slice(clauseStart(s.text, verb && !verb.after ? Math.min(verb.at, phrase.start) : phrase.start), phrase.start);
    const label = [approx, countText, ...modifiers, noun].filter(Boolean).join(' ').toLowerCase().replace(/["“”]/g, '');
    // A value belongs to the phrase it stands in or right after: "a contract worth $3 billion", "a separate $2 billion deal".
    // It stays inside the document's clause: not "…, and a consortium plans to build a $10 billion plant".
    const valueFrom = Math.max(stretch.from, phrase.start - 20);
    const clause = /,\s+(?:and|but|while|whereas)\s|;/i.exec(s.text.slice(end, stretch.to));
    const valueText = s.text.slice(valueFrom, clause ? end + clause.index : stretch.to);
    // "The contract is worth 1.3 trillion won (US$1.05 billion)": a later mention may give the value.
    const valued = verb !== undefined || /^\s+(?:is|was|are|were)\s+(?:\w+\s+)?(?:worth|valued at)\b/i.test(s.text.slice(end));
    const mention: AgreementMention = {
      sentence: s.index,
      kind,
      title: label,
      definite,
      // "the Agreement on Security Cooperation …": a capitalised noun inside a sentence heads one document's own name, not a noun for any document.
      generic: !phrase.named && GENERIC_NOUN.test(noun) && !(/^\p{Lu}/u.test(noun) && /\p{Ll}/u.test(noun) && /\S/.test(s.text.slice(0, end - noun.length).replace(/^\W*(?:(?:the|an?)\s+)?$/i, ''))),
      sameOccasion: Boolean(phrase.other) || SAME_OCCASION.test(leadIn) || alsoPassive,
      another: Boolean(phrase.other) || ANOTHER_DOCUMENT.test(leadIn) || alsoPassive,
      signing: verb !== undefined,
      present: verb !== undefined && /^signs?$/i.test(s.text.slice(verb.at, verb.end)),
      count,
      approximate: Boolean(approx) || Boolean(numberOf?.[1]) || /\b(?:about|around|nearly|some|roughly|approximately)\s*$/i.test(s.text.slice(0, phrase.start)),
      plural: isPlural(noun) && !namedAccords,
      ...when,
      parties: parties.codes,
      signatories: parties.signers,
      companies: parties.companies,
      valueUsd: valued && /\bworth\b|\$\s?\d/.test(valueText) ? valueIn(valueText) : undefined,
      topics: findTopics(s.text.slice(verb ? Math.min(verb.at, phrase.start) : phrase.start, stretch.to)),
    };
    // "signed security agreements with A's leader and B's leader": uncounted bilateral documents, one with each counterpart's country.
    if (verb && mention.plural && count === undefined && parties.partners.length >= 2) {
      const own = parties.codes.filter((c) => !parties.partners.includes(c));
      const title = label.replace(/treaties$/, 'treaty').replace(/memorand(?:a|ums)$/, 'memorandum').replace(/(?<!s)s$/, '');
      for (const partner of parties.partners) out.push({ ...mention, title, kind: kindOf(noun, 1), count: 1, plural: false, parties: [...own, partner], signatories: [...parties.signers] });
      return;
    }
    // "signed memoranda of understanding on energy and agriculture": uncounted documents told by their fields, one for each field.
    const fields = verb && mention.plural && count === undefined && det === undefined && !approx ? fieldsListed(s.text.slice(end)) : undefined;
    if (fields) {
      for (const field of fields) out.push({ ...mention, title: fieldTitle(label, field), kind: kindOf(noun, 1), count: 1, plural: false, topics: [field] });
      return;
    }
    // "signed more than 70 agreements, memoranda of understanding and executive programmes": the count is of the whole list, told once.
    const last = out[out.length - 1];
    if (shared && mention.plural && count === undefined && last?.plural && last.count !== undefined && last.sentence === s.index) return;
    out.push(mention);
  });
  return out;
}
