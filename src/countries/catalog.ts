/**
 * The country catalog: every ISO 3166-1 alpha-2 country from `world-countries`,
 * with the words news uses for it (name, demonym, official name, capital,
 * seat-of-government metonym), and lookups by any of them.
 */
import { createRequire } from 'node:module';
import type WorldCountries from 'world-countries';

// The package's entry is a JSON file: plain Node ESM needs an import attribute
// that tsx and vitest do not pass through, so load it with require.
const requirePackage = createRequire(import.meta.url);
const worldCountries = requirePackage('world-countries') as typeof WorldCountries;
// `city-timezones` is CommonJS with its city list in a JSON file.
const cityTimezones = requirePackage('city-timezones') as { cityMapping: unknown[] };
import { fold } from '../ingest/text.ts';

/** One country and the words that name it. */
export interface CountryEntry {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Common English name, e.g. "Venezuela". */
  name: string;
  /** English demonyms, e.g. "Venezuelan". */
  demonyms: string[];
  /** Official name, spelled-out alternative names, capitals and metonyms. */
  aliases: string[];
}

/** A seat of government that news uses to mean the country's government ("the Kremlin said"). */
export interface SeatOfGovernment {
  name: string;
  code: string;
  /** The city the seat is in, so "at the Kremlin" places a meeting in Moscow. */
  city: string;
}

/**
 * Seats of government and ministries that stand for a country in news copy.
 * A general table, not tied to any article; extend it when a new one shows up.
 */
export const SEATS_OF_GOVERNMENT: readonly SeatOfGovernment[] = [
  { name: 'Kremlin', code: 'RU', city: 'Moscow' },
  { name: 'White House', code: 'US', city: 'Washington' },
  { name: 'Pentagon', code: 'US', city: 'Washington' },
  { name: 'Foggy Bottom', code: 'US', city: 'Washington' },
  { name: 'Élysée Palace', code: 'FR', city: 'Paris' },
  { name: 'Élysée', code: 'FR', city: 'Paris' },
  { name: "Quai d'Orsay", code: 'FR', city: 'Paris' },
  { name: 'Downing Street', code: 'GB', city: 'London' },
  { name: 'Whitehall', code: 'GB', city: 'London' },
  { name: 'Miraflores Palace', code: 'VE', city: 'Caracas' },
  { name: 'Miraflores', code: 'VE', city: 'Caracas' },
  { name: 'Zhongnanhai', code: 'CN', city: 'Beijing' },
  { name: 'Great Hall of the People', code: 'CN', city: 'Beijing' },
  { name: 'Blue House', code: 'KR', city: 'Seoul' },
  { name: 'Casa Rosada', code: 'AR', city: 'Buenos Aires' },
  { name: 'Planalto Palace', code: 'BR', city: 'Brasília' },
  { name: 'Itamaraty', code: 'BR', city: 'Brasília' },
  { name: 'La Moneda', code: 'CL', city: 'Santiago' },
  { name: 'Moncloa', code: 'ES', city: 'Madrid' },
  { name: 'Palazzo Chigi', code: 'IT', city: 'Rome' },
  { name: 'Farnesina', code: 'IT', city: 'Rome' },
  { name: 'Chancellery', code: 'DE', city: 'Berlin' },
  { name: 'Kantei', code: 'JP', city: 'Tokyo' },
  { name: 'Rashtrapati Bhavan', code: 'IN', city: 'New Delhi' },
  { name: 'South Block', code: 'IN', city: 'New Delhi' },
  { name: 'Bankova', code: 'UA', city: 'Kyiv' },
  { name: 'Mariinskyi Palace', code: 'UA', city: 'Kyiv' },
  { name: 'Palacio de la Revolución', code: 'CU', city: 'Havana' },
  { name: 'Los Pinos', code: 'MX', city: 'Mexico City' },
  { name: 'Palacio Nacional', code: 'MX', city: 'Mexico City' },
  { name: 'Malacañang', code: 'PH', city: 'Manila' },
  { name: 'Knesset', code: 'IL', city: 'Jerusalem' },
  { name: 'Aso Rock', code: 'NG', city: 'Abuja' },
  { name: 'Union Buildings', code: 'ZA', city: 'Pretoria' },
  { name: 'State House', code: 'KE', city: 'Nairobi' },
];

/**
 * Common English forms the package lacks or spells differently (news usage).
 * Two-letter forms like "US" are left out on purpose: they collide with words.
 */
const EXTRA_ALIASES: Record<string, string[]> = {
  US: ['U.S.', 'U.S.A.', 'America'],
  GB: ['U.K.', 'UK', 'Britain', 'Great Britain'],
  CZ: ['Czech Republic'],
  KP: ['N. Korea'],
  CD: ['Democratic Republic of the Congo'],
  CI: ["Cote d'Ivoire", 'Ivory Coast'],
  MM: ['Burma'],
  TR: ['Türkiye', 'Turkiye', 'Turkey'],
  // Three-letter forms news writes in capitals: safe, unlike "US", because they are no English words.
  AE: ['UAE'],
  PG: ['PNG'],
  CV: ['Cabo Verde', 'Cape Verde'],
  SZ: ['Swaziland'],
  VA: ['Holy See'],
  PS: ['Palestinian territories'],
  NL: ['Holland'],
};

/** Capital spellings in news use that the package spells differently or omits. */
const EXTRA_CAPITALS: Record<string, string[]> = {
  US: ['Washington'],
  UA: ['Kiev'],
  IN: ['Delhi'],
  KZ: ['Astana'],
  MN: ['Ulaanbaatar'],
};

/** Extra demonyms in news use. */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  GB: ['Briton', 'English', 'Scottish', 'Welsh'],
  US: ['U.S.'],
  NL: ['Netherlands'],
  PH: ['Philippine'],
  CZ: ['Czech'],
  KP: ['North Korean'],
  KR: ['South Korean'],
  SA: ['Saudi'],
  AE: ['Emirati'],
  IL: ['Israeli'],
  // The short forms English news uses where the package gives the long or an old spelling.
  KZ: ['Kazakh'],
  UZ: ['Uzbek'],
  KG: ['Kyrgyz', 'Kyrgyzstani'],
  TJ: ['Tajik', 'Tajikistani'],
  AZ: ['Azeri'],
  AR: ['Argentinian'],
  EC: ['Ecuadorian'],
  LA: ['Lao'],
  IS: ['Icelandic'],
  BW: ['Botswanan'],
};

/**
 * Capitals that are also ordinary words or person names ("Malé", "Victoria",
 * "Diego Garcia"): never read as a country in running text.
 */
const AMBIGUOUS_CAPITALS = new Set(['male', 'victoria', 'city of victoria', 'diego garcia', 'the valley', 'the bottom', 'west island', 'king edward point', 'kingston', 'hamilton', 'george town', 'charlotte amalie', 'plymouth', 'saint helier', 'flying fish cove', 'road town']);

/** Territories that are not independent but have capitals news cites as the place. */
const CAPITALS_OF_DEPENDENCIES = new Set(['TW', 'PS', 'XK', 'HK', 'PR']);

/**
 * Summit places the gazetteer below does not list under the name news uses
 * (a resort, an island, a retreat, a spelling it lacks).
 */
const PLACES_NOT_IN_GAZETTEER: Record<string, string> = {
  Davos: 'CH', 'Sharm el-Sheikh': 'EG', 'Camp David': 'US', 'Tel Aviv': 'IL', Odesa: 'UA', Lviv: 'UA',
  Mecca: 'SA', Erbil: 'IQ', Samarkand: 'UZ', Bali: 'ID', Yangon: 'MM',
  // Names a city had before (history paragraphs keep them) or still has in English copy.
  'Nur-Sultan': 'KZ', 'Alma-Ata': 'KZ', Bombay: 'IN', Calcutta: 'IN', Madras: 'IN', Bangalore: 'IN', Peking: 'CN',
  Saigon: 'VN', Leningrad: 'RU', Constantinople: 'TR',
};

/**
 * Smallest population for a gazetteer city to count as a place: below it the
 * names are mostly villages that share a name with a word or a person.
 */
const MIN_CITY_POPULATION = 50_000;

interface GazetteerCity {
  city: string;
  city_ascii: string;
  iso2: string;
  pop: number;
}

let gazetteer: Map<string, { code: string; pop: number }> | undefined;

/**
 * The world's cities from the `city-timezones` package (about 7,300 cities with
 * country and population), keyed like catalog words, built once on first use.
 * Where a name stands in several countries, the most populous city wins
 * ("Santiago" → CL, "San Cristóbal" → VE).
 */
function gazetteerCities(): Map<string, { code: string; pop: number }> {
  if (gazetteer) return gazetteer;
  gazetteer = new Map();
  for (const c of cityTimezones.cityMapping as GazetteerCity[]) {
    if (!(c.pop >= MIN_CITY_POPULATION) || !/^[A-Z]{2}$/.test(c.iso2)) continue;
    for (const name of new Set([c.city, c.city_ascii])) {
      const key = lookupKey(name);
      const known = gazetteer.get(key);
      if (!known || known.pop < c.pop) gazetteer.set(key, { code: c.iso2, pop: c.pop });
    }
  }
  return gazetteer;
}

interface PackageCountry {
  cca2: string;
  independent?: boolean | null;
  area?: number;
  name: { common: string; official: string };
  altSpellings?: string[];
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
}

/** A spelled-out alternative name: more than three letters and not a code like "USA" or "DRC". */
function isWordAlias(alias: string): boolean {
  if (/^[A-Z.]{2,4}$/.test(alias)) return false;
  if (/,/.test(alias)) return false; // "Venezuela, Bolivarian Republic of": an index form, never used in prose.
  return /^[\p{Script=Latin}\s'’.\-()]+$/u.test(alias) && alias.length > 3;
}

function capitalsOf(c: PackageCountry): string[] {
  if (!c.independent && !CAPITALS_OF_DEPENDENCIES.has(c.cca2)) return [];
  return unique([...(c.capital ?? []), ...(EXTRA_CAPITALS[c.cca2] ?? [])]);
}

function buildEntry(c: PackageCountry): CountryEntry {
  // The package joins two demonyms with a comma ("Bosnian, Herzegovinian"): each is a word of its own.
  const demonyms = unique([c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])].flatMap((d) => d?.split(/,\s*/) ?? []));
  const aliases = unique([
    c.name.official,
    ...(c.altSpellings ?? []).filter(isWordAlias),
    ...(EXTRA_ALIASES[c.cca2] ?? []),
    ...capitalsOf(c),
    ...SEATS_OF_GOVERNMENT.filter((s) => s.code === c.cca2).map((s) => s.name),
  ]).filter((a) => a !== c.name.common);
  return { code: c.cca2, name: c.name.common, demonyms, aliases };
}

function unique(values: (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length > 0))];
}

const packageCountries = (worldCountries as unknown as PackageCountry[]).filter((c) => /^[A-Z]{2}$/.test(c.cca2));

/** All ISO 3166-1 alpha-2 countries, sorted by code. */
export const countryCatalog: CountryEntry[] = packageCountries.map(buildEntry).sort((a, b) => a.code.localeCompare(b.code));

/**
 * When a word names several countries ("Dominican", "American", "Congolese"),
 * the independent, larger one wins: that is the one news means almost always.
 */
function preference(code: string): number {
  const c = packageCountries.find((p) => p.cca2 === code);
  if (!c) return 0;
  return (c.independent ? 1e9 : 0) + (c.area ?? 0);
}

/** What a catalog word is: the country's name, a demonym, a capital, a seat of government or another alias. */
export type CountryWordKind = 'name' | 'demonym' | 'capital' | 'seat' | 'alias';

/** One word or phrase that names a country, with what kind of word it is. */
export interface CountryWord {
  text: string;
  code: string;
  kind: CountryWordKind;
}

function buildWords(): CountryWord[] {
  const words: CountryWord[] = [];
  for (const c of packageCountries) {
    const entry = countryCatalog.find((e) => e.code === c.cca2)!;
    words.push({ text: entry.name, code: entry.code, kind: 'name' });
    for (const d of entry.demonyms) words.push({ text: d, code: entry.code, kind: 'demonym' });
    const capitals = new Set(capitalsOf(c));
    const seats = new Set(SEATS_OF_GOVERNMENT.filter((s) => s.code === c.cca2).map((s) => s.name));
    for (const a of entry.aliases) {
      const kind: CountryWordKind = capitals.has(a) ? 'capital' : seats.has(a) ? 'seat' : 'alias';
      words.push({ text: a, code: entry.code, kind });
    }
  }
  return words;
}

/** Every word that names a country, for scanning running text. Ambiguous capitals are left out. */
export const countryWords: readonly CountryWord[] = buildWords().filter((w) => !(w.kind === 'capital' && AMBIGUOUS_CAPITALS.has(fold(w.text))));

const byKey = new Map<string, CountryWord[]>();
for (const w of buildWords()) {
  const key = lookupKey(w.text);
  byKey.set(key, [...(byKey.get(key) ?? []), w]);
}

/**
 * Countries whose capital has the country's own name (Singapore, Monaco,
 * Luxembourg, Vatican City), keyed by that name: there the name is a city as
 * well as a country.
 */
const CITY_STATES = new Map<string, string>(
  packageCountries.filter((c) => capitalsOf(c).some((cap) => lookupKey(cap) === lookupKey(c.name.common))).map((c) => [lookupKey(c.name.common), c.cca2]),
);

function lookupKey(text: string): string {
  return fold(text)
    .replace(/^the\s+/, '')
    .replace(/'s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The catalog word a text is, when it names a country (best candidate on ambiguity). */
export function findCountryWord(text: string): CountryWord | undefined {
  const candidates = byKey.get(lookupKey(text));
  if (!candidates || candidates.length === 0) return undefined;
  return [...candidates].sort((a, b) => preference(b.code) - preference(a.code))[0];
}

/**
 * The country a name, demonym or alias denotes ("Venezuelan", "the Kremlin",
 * "Caracas", "Bolivarian Republic of Venezuela"), compared case- and
 * diacritic-insensitively. On ambiguity the independent, larger country wins
 * ("Dominican" → DO, "American" → US); "Georgia" is the country GE.
 */
export function findCountryByName(text: string): CountryEntry | undefined {
  const word = findCountryWord(text);
  return word ? countryCatalog.find((c) => c.code === word.code) : undefined;
}

/**
 * The country code of a city: capitals, seats of government's cities, then any
 * city of the gazetteer with at least MIN_CITY_POPULATION people. Callers ask
 * only about words in a place position ("in X", "to X", a dateline), so a
 * city's name elsewhere ("Santiago Peña") is never read as a place.
 */
export function countryOfCity(city: string): string | undefined {
  // "Saint Petersburg" and "St. Petersburg" are one city, whichever the gazetteer writes.
  const saint = /^Saint\s/.exec(city) ? city.replace(/^Saint\s/, 'St. ') : undefined;
  return cityCountry(city) ?? (saint ? cityCountry(saint) : undefined);
}

function cityCountry(city: string): string | undefined {
  const key = lookupKey(city);
  if (!key) return undefined;
  const capital = byKey.get(key)?.filter((w) => w.kind === 'capital').sort((a, b) => preference(b.code) - preference(a.code))[0];
  if (capital) return capital.code;
  for (const seat of SEATS_OF_GOVERNMENT) if (lookupKey(seat.city) === key) return seat.code;
  for (const [name, code] of Object.entries(PLACES_NOT_IN_GAZETTEER)) if (lookupKey(name) === key) return code;
  // A city-state's name is its city too ("talks in Singapore", "MONACO, …"): its capital bears the country's name.
  const cityState = CITY_STATES.get(key);
  if (cityState) return cityState;
  // A country's name, demonym or seat is no city ("Georgia", "Chancellery"), though a city may share it.
  if (byKey.has(key)) return undefined;
  return gazetteerCities().get(key)?.code;
}

/** The seat of government a venue name refers to ("the Kremlin", "Élysée Palace"), if any. */
export function findSeatOfGovernment(venue: string): SeatOfGovernment | undefined {
  const key = lookupKey(venue);
  return SEATS_OF_GOVERNMENT.find((s) => lookupKey(s.name) === key);
}
