/**
 * The choice of a meeting's place (and, for one stretch of a sentence, its
 * date) among the places its sentence tells.
 */
import type { MeetingKind } from '../../types.ts';
import type { ArticleContext, ReadSentence } from '../context.ts';
import type { CountryMention } from '../countries.ts';
import { countryOfCity, findCountryWord } from '../../../countries/catalog.ts';
import { leadingKnownCity, NOT_PLACE, placeOf } from '../meetingPlaces.ts';
import { dateNear } from './date.ts';
import type { MeetingMention } from './mention.ts';
import { meetingRegion, within } from './region.ts';

/**
 * "will travel to Anuradhapura and then to Jaffna, where he is scheduled to
 * meet X": a meeting told after ", where" is at the place named just before
 * it, not at the first place of the sentence. Undefined when the trigger's
 * clause is not opened by "where" or no known city stands right before it.
 */
export function placeBeforeWhere(sentence: ReadSentence, countries: CountryMention[], at: number): Pick<MeetingMention, 'city' | 'venue' | 'countryCode'> | undefined {
  const where = [...sentence.text.slice(0, at).matchAll(/,\s+where\b/g)].pop();
  if (!where || /[,;]/.test(sentence.text.slice((where.index ?? 0) + where[0].length, at))) return undefined;
  // "arrived in Doha from Saudi Arabia, where X hosted him at the Royal Court in Riyadh": the clause names its own city.
  if (knownCityAfter(sentence.text.slice(at))) return undefined;
  // "had visited Jeddah in December 2021, where he held talks with X": the place stands before the date of the visit.
  const end = (where.index ?? 0) - (DATE_BEFORE_WHERE.exec(sentence.text.slice(0, where.index ?? 0))?.[0].length ?? 0);
  const prep = [...sentence.text.slice(Math.max(0, end - 60), end).matchAll(/\b(?:in|to|at)\s+/g)].pop();
  if (!prep) return knownCityBefore(sentence.text.slice(0, end));
  const from = Math.max(0, end - 60) + (prep.index ?? 0);
  const place = placeOf(within(sentence, { from, to: end }), countries.filter((c) => c.sentence !== sentence.index || (c.start >= from && c.end <= end)), from);
  // "fly to Palawan on Thursday, where she will meet X in Puerto Princesa City": a clause that names a place of its own.
  const ownPlace = /\b(?:in|at)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}/u.test(sentence.text.slice(at).split(';')[0]!);
  return place.city ? place : knownCityBefore(sentence.text.slice(0, end)) ?? (ownPlace ? undefined : placeNamedBeforeWhere(sentence.text.slice(from, end)));
}

/**
 * "will travel to AlUla tomorrow, where he will be received by X": ", where"
 * says the words before it name a place, so a capitalised name right after
 * "to" or "in" is one, though the gazetteer does not know it (a country's
 * name is not: its city is unknown).
 */
function placeNamedBeforeWhere(text: string): Pick<MeetingMention, 'city'> | undefined {
  const name = /^(?:to|in)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*$/u.exec(text)?.[1];
  if (!name || findCountryWord(name) || name.split(/\s+/).some((w) => NOT_PLACE.test(w))) return undefined;
  return { city: name };
}

/** True when the meeting's clause, from the meeting word to its end, names a known city after "in". */
function knownCityAfter(text: string): boolean {
  const clause = text.split(/[;,]/)[0] ?? '';
  return [...clause.matchAll(/\bin\s+((?:\p{Lu}[\p{L}.'’-]*\s*){1,3})/gu)].some((m) => leadingKnownCity(m[1]!.trim().replace(/\.$/, '').split(/\s+/)) !== undefined);
}

/** A date that ends the text before ", where": "in December 2021", "on Monday", "last year". */
const DATE_BEFORE_WHERE = /\s+(?:(?:in|on)\s+(?:(?:early|mid|late)[\s-])?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?:last|this|next)\s+(?:week|month|year)|tomorrow|today|tonight|yesterday)$/;

/**
 * "arrived here from Ashgabat, where he held talks with X": a known city
 * that ends the text before ", where" is the place the clause tells of,
 * whatever word led to it.
 */
function knownCityBefore(text: string): Pick<MeetingMention, 'city' | 'countryCode'> | undefined {
  const words = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)$/u.exec(text)?.[1]?.split(/\s+/) ?? [];
  for (let n = words.length; n >= 1; n--) {
    const city = words.slice(words.length - n).join(' ');
    const countryCode = countryOfCity(city);
    if (countryCode) return { city, countryCode };
    // "travel to El Salvador": the end of a country's name is no city.
    if (findCountryWord(city)) return undefined;
  }
  return undefined;
}

/** The date and place read from one stretch of a sentence; what it does not say comes from `fallback`. */
export function placeAndDate(ctx: ArticleContext, sentence: ReadSentence, at: number, kind: MeetingKind, region: { from: number; to: number }, countries: CountryMention[], fallback: MeetingMention): Pick<MeetingMention, 'date' | 'city' | 'venue' | 'countryCode' | 'seatOnly'> {
  const told = meetingRegion(sentence.text, at, fallback.status);
  const stretch = { from: Math.max(region.from, told.from), to: Math.min(region.to, told.to) };
  const view = within(sentence, stretch);
  const inRegion = countries.filter((c) => c.sentence !== sentence.index || (c.start >= stretch.from && c.end <= stretch.to));
  // "… at the Élysée Palace in June 2023, and had visited Jeddah in December 2021, where he held talks with X": the later meeting's "where".
  const place = kind === 'IN_PERSON' ? placeBeforeWhere(view, inRegion, at) ?? placeOf(view, inRegion, at) : {};
  const date = dateNear(ctx, view, at, fallback.status) ?? fallback.date;
  const hasPlace = place.city !== undefined || place.countryCode !== undefined || place.venue !== undefined;
  // A city only a seat's name gave stays marked so (see `placeOf`), so that a seat abroad can still lose it.
  return { date, ...(hasPlace ? { city: place.city, venue: place.venue, countryCode: place.countryCode, seatOnly: 'seatOnly' in place && place.seatOnly === true ? true : undefined } : { city: fallback.city, venue: fallback.venue, countryCode: fallback.countryCode, seatOnly: fallback.seatOnly }) };
}
