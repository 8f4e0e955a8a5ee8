/**
 * Where a meeting took place: read from the words of its sentence (a seat of
 * government, a city after "in/at/to", "the town of X", "X near Paris"), and
 * then from the rest of the article (the dateline, "here", a city someone
 * arrived in, another stop of the same trip).
 */
import { countryCatalog, countryOfCity, findCountryWord, findSeatOfGovernment } from '../../countries/catalog.ts';
import { datesCompatible } from '../dates.ts';
import { escapeRegExp, inRanges, quotedRanges } from '../text.ts';
import type { PartialDate } from '../types.ts';
import type { ArticleContext, ReadSentence } from './context.ts';
import type { CountryMention } from './countries.ts';
import { parseIsoDay } from './dates.ts';
import type { MeetingMention } from './meetings.ts';
import type { PersonMention } from './people.ts';

/** The place of a sentence: a seat of government after at/in, a city or a country after in/to/at. */
export function placeOf(sentence: ReadSentence, countries: CountryMention[], at: number): Pick<MeetingMention, 'city' | 'venue' | 'countryCode' | 'seatOnly'> {
  const place: Pick<MeetingMention, 'city' | 'venue' | 'countryCode' | 'seatOnly'> = {};
  // A seat's city is only a default: "State House" stands in several capitals, and a city the sentence names wins.
  let seatDefault: { city?: string; countryCode: string } | undefined;
  // Where the capital taken as the city stands: a known city named nearer the meeting word wins over it.
  let capitalAt: number | undefined;
  const near = townNear(sentence.text) ?? cityAfterBuilding(sentence.text);
  if (near) Object.assign(place, near);
  for (const m of countries.filter((c) => c.sentence === sentence.index)) {
    const before = sentence.text.slice(Math.max(0, m.start - 16), m.start);
    const trip = tripToMeeting(sentence.text, m.start, m.end, at);
    if (!trip && !/\b(?:in|at|to|inside|visited|visit|visiting|arrived in|hosted in)\s+(?:the\s+)?$/i.test(before)) continue;
    if (!trip && DEPARTURE.test(sentence.text.slice(Math.max(0, m.start - 40), m.start))) continue;
    if (RELATION_TO.test(sentence.text.slice(Math.max(0, m.start - 40), m.start))) continue;
    if (INSTITUTION_IN.test(sentence.text.slice(0, m.start))) continue;
    if (ofLaterStop(sentence.text, at, m.start)) continue;
    // "first met in Nusa Dua in November, when X invited Y to visit Jakarta": the "when" clause's capital is its event's.
    // ("last met in June, when he attended a summit in Paris" places nothing before it: there the clause tells where.)
    if (m.start > at && otherEventWhen(sentence.text.slice(at, m.start)) && placedBeforeWhen(sentence.text.slice(at, m.start))) continue;
    if (m.start > at && inWhereOfPlaceTold(sentence.text.slice(at, m.start))) continue;
    // "his comments on the war in Ukraine": a country a topic is in, not where the meeting is.
    if (TOPIC_IN.test(sentence.text.slice(0, m.start).trimEnd())) continue;
    if (m.kind === 'seat') {
      const seat = findSeatOfGovernment(m.text);
      place.venue ??= m.text;
      seatDefault ??= { city: seat?.city, countryCode: m.code };
    } else if (m.kind === 'capital') {
      // "the highest level in Hanoi's hierarchy, in November 2023, when X visited Tokyo and held talks": the capital nearer the meeting word.
      const nearer = capitalAt !== undefined && place.city !== undefined && Math.abs(m.start - at) < Math.abs(capitalAt - at);
      if (nearer) {
        place.city = m.text;
        place.countryCode = m.code;
        capitalAt = m.start;
      }
      if (!place.city) capitalAt = m.start;
      place.city ??= m.text;
      place.countryCode ??= m.code;
    } else if (m.kind === 'name' || m.kind === 'alias') {
      place.countryCode ??= m.code;
    }
  }
  if (!place.city || (capitalAt !== undefined && !near)) {
    // A city of up to three capitalised words, with a joining word inside ("Dar es Salaam"); the longest known one wins.
    // News often names it as "the (border) city of X", "the port of X", "the resort town of X".
    // "In San José on Tuesday, he met X": a place fronted at the start of the sentence is written with a capital.
    // "had been due to visit Istanbul in October": the object of "visit" is a place too.
    const city = /\b(?:in|In|at|At|to|visit(?:s|ed|ing)?)\s+(?:the\s+((?:[\p{L}-]+\s+){0,3}?)(?:city|town|port|resort|capital|village)\s+of\s+)?((?:\p{Lu}[\p{L}.'-]+)(?:\s+(?:es|de|del|da|do|al|el|la|les|sur)?\s*\p{Lu}[\p{L}.'-]+){0,2})/gu;
    for (const m of sentence.text.matchAll(city)) {
      // "discussed the war in Gaza": a place a topic is in, not where the meeting is.
      if (TOPIC_IN.test(sentence.text.slice(0, (m.index ?? 0) + m[0].indexOf(" ")))) continue;
      if (DEPARTURE.test(sentence.text.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + 3))) continue;
      if (RELATION_TO.test(sentence.text.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + 3))) continue;
      if (INSTITUTION_IN.test(sentence.text.slice(0, (m.index ?? 0) + 3))) continue;
      // "hosted Hu on Parliament Hill in June 2010, when the Chinese leader came for the G20 summit in Toronto": the place of the "when" clause is its event's.
      // Unless the clause tells a meeting itself: "The last meeting … took place in May 2023, when Lula met Kishida in Hiroshima".
      if ((m.index ?? 0) > at && otherEventWhen(sentence.text.slice(at, m.index ?? 0))) continue;
      if ((m.index ?? 0) > at && inWhereOfPlaceTold(sentence.text.slice(at, m.index ?? 0))) continue;
      if (ofLaterStop(sentence.text, at, m.index ?? 0)) continue;
      // "held talks with X in Putrajaya.": the full stop ending the sentence is not part of the name (that of "St." or "D.C." is).
      const words = m[2]!.replace(/(\p{Ll}{2})\.$/u, '$1').split(/\s+/);
      // "meet X in Auckland on March 19, before travelling to Australia, … in Canberra": the city nearer the meeting word is its place.
      if (capitalAt !== undefined) {
        const cityAt = (m.index ?? 0) + m[0].length - m[2]!.length;
        if (cityAt === capitalAt || Math.abs(cityAt - at) >= Math.abs(capitalAt - at)) break;
        const known = leadingKnownCity(words, isBuilding);
        if (!known || m[1] !== undefined) continue;
        place.city = known.city;
        place.countryCode = known.countryCode;
        break;
      }
      // "Hyderabad House" is a building, not the city Hyderabad.
      const known = leadingKnownCity(words, isBuilding);
      if (known) {
        place.city = known.city;
        place.countryCode ??= known.countryCode;
      }
      // "the northern Serbian town of X": the phrase says X is a place, and its demonym says where, even for a town no gazetteer lists.
      if (!place.city && m[1] !== undefined) {
        const end = words.findIndex((w) => BUILDING.test(w));
        place.city = words.slice(0, end < 0 ? words.length : end).join(' ');
        const where = m[1].split(/\s+/).map((w) => findCountryWord(w)).find((w) => w && (w.kind === 'demonym' || w.kind === 'name'));
        if (where) place.countryCode ??= where.code;
      }
      if (place.city) break;
    }
  }
  if (!place.city) {
    const capital = capitalOfDemonym(sentence.text);
    if (capital) Object.assign(place, capital);
  }
  if (!place.city) place.city = unknownPlace(sentence, countries, at);
  if (!place.city && seatDefault) {
    // A seat in the country the sentence itself names ("leave for Indonesia … at the Bogor Palace") is no mere default.
    const confirmed = place.countryCode === seatDefault.countryCode;
    place.city = seatDefault.city;
    place.countryCode ??= seatDefault.countryCode;
    if (!confirmed) place.seatOnly = true;
  }
  // The city decides the country: "stops in Rwanda and Ethiopia, where he met X in Addis Ababa".
  const cityCountry = place.city ? countryOfCity(place.city) : undefined;
  if (cityCountry) place.countryCode = cityCountry;
  if (place.city) place.city = beforePossessive(place.city.split(/\s+/)).join(' ');
  return place;
}

/**
 * "at La Celle-Saint-Cloud near Paris", "in Kananaskis, outside Calgary": a
 * place the gazetteer may not know, located by the known city it is near.
 */
function townNear(text: string): Pick<MeetingMention, 'city' | 'countryCode'> | undefined {
  const re = /\b(?:in|at)\s+(\p{Lu}[\p{L}'’]+(?:[\s-]\p{Lu}[\p{L}'’]+){0,3}),?\s+(?:near|outside)\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)?)/gu;
  for (const m of text.matchAll(re)) {
    if (m[1]!.split(/[\s-]/).some((w) => NOT_PLACE.test(w) || BUILDING.test(w))) continue;
    // "near Chennai." at the end of a sentence: the full stop is not part of the name.
    const known = m[2]!.replace(/\.$/, '');
    const code = countryOfCity(known) ?? countryOfCity(known.split(/\s+/)[0]!);
    if (code) return { city: m[1]!, countryCode: code };
  }
  return undefined;
}

/**
 * "at State House, Nairobi", "at the Presidential Palace, Bamako": a
 * building named with its city after a comma, as wire copy writes it; the
 * city is told, not a seat's default.
 */
function cityAfterBuilding(text: string): Pick<MeetingMention, 'city' | 'countryCode'> | undefined {
  const re = /\b(?:at|in)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]+\s+){1,4}?)(\p{Lu}[\p{L}]+),\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/gu;
  for (const m of text.matchAll(re)) {
    // "at Camp Aguinaldo, Quezon City": a camp, fort or base is named by its first word.
    if (!BUILDING.test(m[2]!) && !VENUE_FIRST.test(m[1]!.split(/\s+/)[0]!)) continue;
    const known = leadingKnownCity(m[3]!.split(/\s+/));
    if (known) return known;
  }
  return undefined;
}

/** First words that make a capitalised name a place of its own: "Camp Aguinaldo", "Fort Bragg", "Villa Madama". */
const VENUE_FIRST = /^(?:Camp|Fort|Base|Villa|Palacio|Palazzo|Casa|Castle)$/;

/** True when a text (from the meeting word to a place) opens a ", when" clause that tells no meeting of its own ("came for the G20 summit in Toronto"). */
function otherEventWhen(text: string): boolean {
  const when = /,\s+when\b/i.exec(text);
  return when !== null && !MEETING_VERB.test(text.slice(when.index));
}

/**
 * "will hold talks with X on Tuesday, before travelling on to Kenya": a place
 * (or a date) told after the meeting word and a "before" with a gerund is the next stop's.
 */
export function ofLaterStop(text: string, at: number, start: number): boolean {
  return start > at && /\bbefore\s+\p{Ll}+ing\b/u.test(text.slice(at, start));
}

/** True when a text (from the meeting word to a ", when") names a place after "in" or "at" before the "when". */
function placedBeforeWhen(text: string): boolean {
  const before = text.slice(0, /,\s+when\b/i.exec(text)?.index ?? text.length);
  return [...before.matchAll(/\b(?:in|at)\s+(\p{Lu}[\p{L}'’-]+)/gu)].some((m) => !NOT_PLACE.test(m[1]!));
}

/**
 * "met X at the Belweder Palace, where they discussed the summit in
 * Washington": a ", where" clause after the meeting's place, told between
 * the meeting word and a later place (`text`), tells what went on there; the
 * places it names are its topics, not the meeting's.
 */
function inWhereOfPlaceTold(text: string): boolean {
  const where = /,\s+where\b/i.exec(text);
  return where !== null && /\b(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+/u.test(text.slice(0, where.index));
}

/** Words that tell two people meeting (a summit alone is attended, not held with someone). */
const MEETING_VERB = /\b(?:met|meet|meets|meeting|talks|held|hosted|received|welcomed|called on|spoke)\b/i;

/** A verb of travel before a place: "leave for", "fly to", "travel on to". */
const TRAVEL_TO = /\b(?:leave|leaves|leaving|left|depart(?:s|ed|ing)?|head(?:s|ed|ing)?|fly|flies|flying|flew|travel(?:s|led|ling|ed|ing)?|go|goes|going|went)\s+(?:on\s+)?(?:for|to)\s+(?:the\s+)?$/i;

/**
 * "is to leave for Indonesia tomorrow for talks with X", "flew to Chile to
 * meet Y": a trip whose purpose, told right after its destination, is the
 * meeting (the trigger at `at`) goes where the meeting is.
 */
function tripToMeeting(text: string, start: number, end: number, at: number): boolean {
  if (at < end || !TRAVEL_TO.test(text.slice(Math.max(0, start - 30), start))) return false;
  // "is to leave for Beijing on Wednesday, where he will hold talks with X": the meeting told in a "where" clause of the destination.
  if (/^[^,;.]{0,30},?\s+where\s+[^,;.]{0,50}$/u.test(text.slice(end, at))) return true;
  return /^[^,;.]{0,40}?\b(?:for|to)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\p{L}-]+\s+)?$/u.test(text.slice(end, at));
}

/** Words of leaving before a place: "before flying back to New Delhi", "returned to Washington", "left for Jakarta". */
const DEPARTURE = /\b(?:back to|returning to|return to|returned to|returns to|leaving for|left for|leaves for|heading (?:home )?to|flying (?:on )?to|flew (?:on )?to|went on to|moving on to)\s+(?:the\s+)?$/i;

/**
 * "a signal to Moscow", "had drawn closer to China", "its ties to Beijing",
 * "a veiled reference to Washington": a capital or country after a word of
 * message or relation stands for a government, not for where anyone went.
 */
const RELATION_TO = /\b(?:closer|close|nearer|ties|links|relations|relationship|signal|signals|message|messages|warning|warnings|threat|threats|reply|response|appeal|overture|overtures|rebuke|challenge|reference|references|allusion|nod|loyalty|allegiance|hostile|friendly|opposed|sympathetic)\s+to\s+(?:the\s+)?$/i;

/**
 * "a professor at the National Graduate Institute for Policy Studies in
 * Tokyo", "an analyst at the University of the Witwatersrand in
 * Johannesburg": the city of a named academic body, ending a text, is where
 * a speaker works, not where anyone met.
 */
const INSTITUTION_IN = /\b(?:Institute|Institution|University|College|Foundation|Academy|Studies)(?:\s+(?:of|for|on|the|and|\p{Lu}[\p{L}'’-]*))*\s+in\s+$/u;

/** A topic placed somewhere, ending a text: "the war in", "the situation in", "the situation in the (Taiwan Strait)". */
const TOPIC_IN = /\b(?:war|conflict|crisis|situation|fighting|violence|ceasefire|elections?|invasion|tensions?)\s+in(?:\s+the)?$/i;

/** Words that make a capitalised name a building or venue: "Hyderabad House", "Kuksaroy Palace". */
const BUILDING = /^(?:House|Palace|Hall|Centre|Center|Hotel|Airport|Residence|Building|Buildings|Castle|Villa|Haus|Stadium|Square|Tower|Mansion|Lodge|Fort|Museum|Park|Gardens?)$/;

const isBuilding = (word: string): boolean => BUILDING.test(word);

/** Capitalised words after "in" that are not places: calendar words, institutions, languages and the like. */
export const NOT_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Parliament|Congress|Senate|Government|Office|English|French|Arabic|Spanish|Russian|Chinese|Mr|Mrs|Ms|Dr|Prime|President|Minister|King|Queen|Foreign|Group|Christmas|Easter|Ramadan|Islam|Christianity)$/;

/**
 * A place named after "in" that the catalog does not know, as in "in Hiroshima",
 * "in Sydney" or "in AlUla": one or two capitalised words that are not a country, a person,
 * a month or an institution, and not the start of a longer name.
 */
function unknownPlace(sentence: ReadSentence, countries: CountryMention[], at: number): string | undefined {
  return unknownPlaces(sentence, countries, at, (start) => start >= at && start - at <= 70)[0];
}

/**
 * "was received there by Y", "held talks there": a meeting word with "there"
 * after it happens at the place the sentence told before it.
 */
export function toldThere(text: string, at: number): boolean {
  return /^[\p{L}-]+(?:\s+[\p{L}-]+)?\s+there\b/u.test(text.slice(at));
}

/**
 * "at Casablanca's Mohammed V Airport": a possessive ends the city's name and
 * what follows is a place in it. Saints' towns keep theirs: "St. George's", "St. John's".
 */
function beforePossessive(words: string[]): string[] {
  const owner = words.findIndex((w, i) => /['’]s$/.test(w) && !/^(?:St\.?|Saint)$/.test(words[i - 1] ?? ''));
  return owner < 0 ? words : [...words.slice(0, owner), words[owner]!.replace(/['’]s$/, '')];
}

/** The unknown places "in X" of a sentence whose start `keep` accepts, in order (see `unknownPlace`). */
function unknownPlaces(sentence: ReadSentence, countries: CountryMention[], at: number, keep: (start: number) => boolean): string[] {
  const found: string[] = [];
  // A word may have a capital inside it: "AlUla", "KwaDukuza".
  const re = /\bin\s+(\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}[\p{Ll}'’-]+)?)(?=\s*(?:[,.;)]|$|\s+(?:on|in|at|for|to|and|last|next|this|earlier|later|when|where|with|before|after|during|since|from)\b))/gu;
  for (const m of sentence.text.matchAll(re)) {
    const start = (m.index ?? 0) + m[0].length - m[1]!.length;
    // Only the place of the meeting clause: just after the trigger, not "the war in Gaza".
    if (!keep(start) || TOPIC_IN.test(sentence.text.slice(0, start).trimEnd()) || ofLaterStop(sentence.text, at, start)) continue;
    if (m[1]!.split(/\s+/).some((w) => NOT_PLACE.test(w))) continue;
    if (countries.some((c) => c.sentence === sentence.index && c.start < start + m[1]!.length && c.end > start)) continue;
    if (findCountryWord(m[1]!)) continue;
    found.push(m[1]!);
  }
  return found;
}

/** "in the heart of the Mexican capital": the capital of the country the demonym names. */
function capitalOfDemonym(text: string): Pick<MeetingMention, 'city' | 'countryCode'> | undefined {
  const m = /\b(?:in|at|to)\s+(?:[\w ]{0,25}\s)?the\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+capital\b/u.exec(text);
  const word = m ? findCountryWord(m[1]!) : undefined;
  if (!word || word.kind !== 'demonym') return undefined;
  const city = countryCatalog.find((c) => c.code === word.code)?.aliases.find((a) => countryOfCity(a) === word.code && findCountryWord(a)?.kind === 'capital');
  return city ? { city, countryCode: word.code } : undefined;
}

/**
 * The city of a wire dateline that opens the story ("WASHINGTON, …",
 * "MEXICO CITY — …"), when it is a known city. Datelines naming two places
 * ("DUBAI/BEIJING") give none.
 */
function datelineCity(ctx: ArticleContext): { city: string; countryCode: string } | undefined {
  const place = datelinePlace(ctx);
  const countryCode = place ? countryOfCity(place) : undefined;
  return place && countryCode ? { city: place, countryCode } : undefined;
}

/** The place of a wire dateline that opens the story, in title case, whether or not the gazetteer knows it. */
function datelinePlace(ctx: ArticleContext): string | undefined {
  const first = ctx.sentences[0]?.text ?? '';
  // An agency may come first: "(ANSA) - TUNIS, APR 17 -".
  const m = /^(?:\(\p{Lu}+\)\s*[-–—]\s*)?(\p{Lu}[\p{L} .'-]+?)\s*(,|:|—|–|--|\/\/|\()/u.exec(first);
  if (!m || m[1]!.includes('/')) return undefined;
  // "ISLAMABAD: …" (a colon, as South Asian papers write datelines) is a dateline only when it names a known city, not "ANALYSIS:".
  if (m[2] === ':') return countryOfCity(m[1]!) ? m[1]!.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()) : undefined;
  const place = m[1]!.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  // A dateline in capitals is a dateline whatever it names; in title case ("Faro, …") only a known city is, not a sentence's subject.
  if (/^[\p{Lu} .'-]+$/u.test(m[1]!)) return place;
  return countryOfCity(m[1]!) ? m[1]! : undefined;
}

/**
 * "on the sidelines of the G7 summit here", "at Perdana Putra here": in a
 * datelined story "here" is the dateline's place, known to the gazetteer or not.
 */
export function placeFromHere(ctx: ArticleContext, meetings: MeetingMention[]): void {
  placeOfTheSameVenue(ctx, meetings);
  const place = datelinePlace(ctx);
  if (!place) return;
  for (const m of meetings) {
    if (m.city || m.kind !== 'IN_PERSON') continue;
    const s = ctx.sentences[m.sentence]!;
    // "in this southern Portuguese city" says "here" too.
    const here = [...s.text.matchAll(/\bhere\b|\bin this (?:[\p{L}-]+\s+){0,3}(?:city|town|capital|port|resort)\b/giu)].find((h) => !inRanges(h.index ?? 0, quotedRanges(s.text)));
    if (!here) continue;
    m.city = place;
    m.countryCode = countryOfCity(place) ?? m.countryCode;
  }
}

/** "at the same palace", "in the same hotel": a venue told before, by the kind of building it is. */
const SAME_VENUE = /\b(?:at|in)\s+the\s+same\s+(palace|hotel|residence|house|building|castle|hall|mansion|villa|lodge|centre|center)\b/i;

/**
 * "X held talks with Y at the same palace in April 2022": a meeting told at
 * "the same" building as one named before ("the Bogor Palace") is at that
 * building's place: the city of the meeting told in the sentence that named
 * it, or the city that sentence names.
 */
function placeOfTheSameVenue(ctx: ArticleContext, meetings: MeetingMention[]): void {
  for (const m of meetings) {
    if (m.kind !== 'IN_PERSON') continue;
    const noun = SAME_VENUE.exec(ctx.sentences[m.sentence]!.text)?.[1];
    if (!noun) continue;
    // The building's name, capitalised: "the Bogor Palace".
    const named = new RegExp(`\\b(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4}${noun.charAt(0).toUpperCase()}${noun.slice(1).toLowerCase()}\\b`, 'u');
    const told = ctx.sentences.slice(0, m.sentence).reverse().find((s) => named.test(s.text));
    if (!told) continue;
    const there = meetings.find((x) => x !== m && x.city && x.kind === 'IN_PERSON' && x.sources.some((src) => src.position === told.start));
    const place = there ?? placeOf(told, [], 0);
    if (!place.city) continue;
    // The sentence's own "same palace" wins over a place a later mention merged in.
    m.city = place.city;
    m.countryCode = place.countryCode ?? countryOfCity(place.city) ?? m.countryCode;
    m.venue = named.exec(told.text)![0];
  }
}

/**
 * "Xi also met Vietnam's president on Wednesday": a meeting told with "also"
 * (or "later in the day") and no place of its own is another stop of the
 * trip told before, by one of the same people, within a week: it takes that
 * meeting's city and country.
 */
export function placeFromSameTrip(ctx: ArticleContext, meetings: MeetingMention[]): void {
  meetings.forEach((m, i) => {
    if (m.city || m.venue || m.kind !== 'IN_PERSON') return;
    const text = ctx.sentences[m.sentence]!.text;
    // "Later in the day, X is scheduled to meet Z": the same day's stop, whether the meeting before it was held or is planned.
    const sameDay = LATER_THAT_DAY.test(text.slice(0, m.at));
    if (!sameDay && !/\balso\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(0, m.at - 24), m.at))) return;
    const trip = meetings
      .slice(0, i)
      .reverse()
      .find((x) => x.city && x.kind === 'IN_PERSON' && (sameDay || x.status === m.status) && x.participants.some((p) => m.participants.includes(p)) && withinAWeek(x.date, m.date) && (!m.countryCode || m.countryCode === x.countryCode));
    if (!trip) return;
    m.city = trip.city;
    m.countryCode = trip.countryCode;
  });
}

/** "Later in the day", "later that day" before a meeting: another meeting of the same day. */
const LATER_THAT_DAY = /\blater (?:in the day|that day|on the same day)\b/i;

/** "arrived in Beijing", "is in Port Moresby", "is visiting Seoul", "flew on to Hanoi": where a person is, told just after the name. */
const WHEREABOUTS = /^\s+(?:(?:has|had|was|is)\s+)?(?:arrived in|landed in|is in|was in|travell?ed to|flew to|is visiting|was visiting|began a (?:state |official )?visit to|arrived on [\w\s-]{0,30}? in|(?:flew|travell?ed|headed) on to)\s+((?:\p{Lu}[\p{L}.'-]+)(?:\s+\p{Lu}[\p{L}.'-]+){0,2})/u;

/**
 * "Xi left Belgrade on Wednesday afternoon for Budapest": where a person goes
 * next, told just after the name. Only for a meeting told in a later
 * sentence: one told with it ("left Paris for Berlin after meeting X") was
 * before the journey.
 */
const LEFT_FOR = /^\s+(?:(?:has|had)\s+)?(?:left|leaves|departed)\s+\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]+)?(?:\s+[\w\s-]{0,30}?)?\s+for\s+((?:\p{Lu}[\p{L}.'-]+)(?:\s+\p{Lu}[\p{L}.'-]+){0,2})/u;

/**
 * "Ramaphosa arrived in Beijing on Sunday for a state visit. Ramaphosa will
 * hold talks with Xi on Monday": a meeting with no place of its own, told
 * within two sentences after one of its people arrived in a known city,
 * takes place in that city.
 */
export function placeFromArrival(ctx: ArticleContext, meetings: MeetingMention[], mentions: PersonMention[]): void {
  for (const m of meetings) {
    if (m.city || m.venue || m.kind !== 'IN_PERSON') continue;
    placeThere(ctx.sentences[m.sentence]!, m);
    if (m.city) continue;
    for (let back = 0; back <= 2 && !m.city; back++) {
      const s = ctx.sentences[m.sentence - back];
      if (!s) break;
      for (const x of mentions.filter((y) => y.sentence === s.index && m.participants.includes(y.person))) {
        const arrival = WHEREABOUTS.exec(s.text.slice(x.end)) ?? (back > 0 ? LEFT_FOR.exec(s.text.slice(x.end)) : null);
        const words = arrival?.[1]?.split(/\s+/) ?? [];
        for (let n = words.length; n >= 1 && !m.city; n--) {
          const code = countryOfCity(words.slice(0, n).join(' '));
          if (code && (!m.countryCode || m.countryCode === code)) {
            m.city = words.slice(0, n).join(' ');
            m.countryCode = code;
          }
        }
        if (m.city) break;
      }
    }
  }
}

/**
 * "X, who arrived at the airport in Sepang last night, was received there by
 * Y": a meeting told with "there" is at the last place its sentence named
 * before it, known to the gazetteer or not.
 */
function placeThere(sentence: ReadSentence, m: MeetingMention): void {
  const at = m.sources.some((s) => s.position === sentence.start) ? m.at : -1;
  if (at < 0 || !toldThere(sentence.text, at)) return;
  const city = unknownPlaces(sentence, [], 0, (start) => start < at).pop();
  const code = city ? countryOfCity(city) : undefined;
  if (!city || (m.countryCode && code && m.countryCode !== code)) return;
  m.city = city;
  if (code) m.countryCode = code;
}

/** Two dates of one trip: both days within seven days of each other, or compatible when either is coarser. */
function withinAWeek(a: PartialDate | undefined, b: PartialDate | undefined): boolean {
  if (!a || !b) return true;
  if (a.precision !== 'DAY' || b.precision !== 'DAY') return datesCompatible(a, b);
  return Math.abs(Date.UTC(a.year, a.month! - 1, a.day!) - Date.UTC(b.year, b.month! - 1, b.day!)) <= 7 * 86_400_000;
}

/**
 * Where the story's own events take place: the dateline city ("WASHINGTON,
 * …"), or, in a story with none, the city of its first held meeting of these
 * days (within two days of publication): "Albanese hosted Teo in Canberra on
 * Tuesday … Panapa held separate talks with Wong on Tuesday afternoon"; or,
 * when that meeting names no city, the known city its headline names ("X and
 * Y hold talks in Samarkand").
 */
function storyPlace(ctx: ArticleContext, meetings: MeetingMention[]): { city: string; countryCode: string; dateline: boolean } | undefined {
  const dateline = datelineCity(ctx);
  if (dateline) return { ...dateline, dateline: true };
  const lead = meetings.find((m) => m.status === 'HELD' && m.kind === 'IN_PERSON' && m.date !== undefined && daysFromPublication(m.date, ctx.publishedAt) <= 2);
  if (lead?.city && lead.countryCode && !lead.seatOnly) return { city: lead.city, countryCode: lead.countryCode, dateline: false };
  const headline = headlineCity(ctx.doc.meta.title);
  return lead && !lead.city && !lead.venue && (!lead.countryCode || lead.countryCode === headline?.countryCode) && headline ? { ...headline, dateline: false } : undefined;
}

/** A known city the headline places its news in: "… hold talks in Samarkand", "… meet at Geneva". */
function headlineCity(title: string | undefined): { city: string; countryCode: string } | undefined {
  for (const m of (title ?? '').matchAll(/\b(?:in|at)\s+((?:\p{Lu}[\p{L}.'-]+)(?:\s+\p{Lu}[\p{L}.'-]+){0,2})/gu)) {
    const known = leadingKnownCity(m[1]!.split(/\s+/));
    if (known) return known;
  }
  return undefined;
}

/**
 * The longest run of words, from the first, that the gazetteer knows as a city: "New Delhi" of "New Delhi Monday",
 * "Samarkand" of "Samarkand Talks". A run never reaches past a word `endsName` stops at ("Hyderabad House" is no run of "Hyderabad").
 */
export function leadingKnownCity(words: string[], endsName?: (word: string) => boolean): { city: string; countryCode: string } | undefined {
  for (let n = words.length; n >= 1; n--) {
    // A name that goes on into a building ("Hyderabad House") names no city in its first words.
    if (n < words.length && endsName?.(words[n]!)) return undefined;
    const city = words.slice(0, n).join(' ');
    const countryCode = countryOfCity(city);
    if (countryCode) return { city, countryCode };
  }
  return undefined;
}

/**
 * The story's place (see `storyPlace`) is where its own events take place:
 * the lead meeting told with no city ("in the Oval Office"), and any meeting
 * of these days (within a week of publication) told only by its country
 * ("was to visit Papua New Guinea on Monday" under "PORT MORESBY"). A city
 * that only a venue's name gave ("at State House", which several capitals
 * have) yields to it when the two countries differ.
 */
export function placeLeadFromDateline(ctx: ArticleContext, meetings: MeetingMention[]): void {
  const dateline = storyPlace(ctx, meetings);
  // With no place of the story's own, every seat is abroad: "at the White House in February" gives no city.
  cityOnlyFromSeatAbroad(ctx, meetings, dateline?.countryCode);
  if (!dateline) return;
  const lead = dateline.dateline ? meetings.find((m) => m.sentence <= 1 && m.status === 'HELD' && m.kind === 'IN_PERSON') : undefined;
  // A meeting of these days told with no place at all ("was received by the president at the Presidential Mansion",
  // "on Wednesday, the ministers met on the sidelines of the forum" in a Saturday story) is there too, within the week.
  const current = (m: MeetingMention) =>
    m.date !== undefined && (m.countryCode === dateline.countryCode || (!m.countryCode && !m.venue)) && daysFromPublication(m.date, ctx.publishedAt) <= 7 ||
    (m.countryCode === undefined && m.venue !== undefined && m.date !== undefined && daysFromPublication(m.date, ctx.publishedAt) <= 2 && !seatElsewhere(m.venue, dateline.countryCode));
  for (const m of meetings) {
    if (m.kind !== 'IN_PERSON') continue;
    const seatAbroad = m.seatOnly === true && m.countryCode !== dateline.countryCode && (m.date === undefined || daysFromPublication(m.date, ctx.publishedAt) <= 2);
    if (!seatAbroad && (m.city || (m === lead ? m.countryCode && m.countryCode !== dateline.countryCode : !current(m)))) continue;
    m.city = dateline.city;
    m.countryCode = dateline.countryCode;
    m.seatOnly = false;
  }
  // "He will also hold talks with Y, though no date has been announced": an undated stop of the trip whose
  // meeting just told only now has the story's place.
  placeFromSameTrip(ctx, meetings);
}

/**
 * "He met Harris at the White House in March" in a story told from
 * Guatemala City: a meeting of another time at a seat of government abroad,
 * whose city the text never gives, keeps its venue and country but no city
 * (the seat's city was only a default). A seat in the story's own country,
 * or one of these days (see `placeLeadFromDateline`), keeps it.
 */
function cityOnlyFromSeatAbroad(ctx: ArticleContext, meetings: MeetingMention[], storyCountry: string | undefined): void {
  for (const m of meetings) {
    if (m.kind !== 'IN_PERSON' || m.seatOnly !== true || !m.venue || !m.city || m.countryCode === storyCountry) continue;
    if (m.date !== undefined && daysFromPublication(m.date, ctx.publishedAt) <= 2) continue;
    const seat = findSeatOfGovernment(m.venue);
    if (!seat || seat.city !== m.city || seat.code === storyCountry) continue;
    // "was received by the king at the Royal Palace in Madrid and held talks with X at the Moncloa": the sentence names the seat's city.
    if (m.sources.some((s) => new RegExp(`\\b${escapeRegExp(seat.city!)}\\b`).test(s.quote))) continue;
    m.city = undefined;
    m.seatOnly = false;
  }
}

/** True when a venue is a known seat of government of another country than the dateline's. */
function seatElsewhere(venue: string, countryCode: string): boolean {
  const seat = findSeatOfGovernment(venue);
  return seat !== undefined && seat.code !== countryCode;
}

/** Days between the publication day and a day-precision date; Infinity for coarser dates or no publication date. */
export function daysFromPublication(date: PartialDate, publishedAt: string | undefined): number {
  const pub = parseIsoDay(publishedAt);
  if (!pub || date.precision !== 'DAY') return Infinity;
  return Math.abs(Date.UTC(date.year, date.month! - 1, date.day!) - Date.UTC(pub.year, pub.month - 1, pub.day)) / 86_400_000;
}
