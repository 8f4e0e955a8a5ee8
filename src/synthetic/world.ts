/**
 * The cast of the synthetic corpus: the countries stories happen in and the
 * people who meet. Small enough to hold in memory (a few thousand people);
 * stories are generated from it on demand (see story.ts).
 */
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { foldName, nameKeysOf } from '../people/names.ts';
import { chance, intBetween, pick, rngFor, sample, shuffled, Stream, weighted, zipfSampler, type Rng, type ZipfSampler } from './random.ts';
import {
  CULTURE_BY_COUNTRY, CULTURE_BY_SUBREGION, ENVOY_TITLES, LEADER_TITLES, MINISTER_TITLES, NAME_PARTS, PROMINENT_COUNTRIES, type NameCulture,
} from './vocabulary.ts';

/** A country as stories use it: how it is named, its capital and how often it is in the news. */
export interface SyntheticCountry {
  code: string;
  /** The name stored in `Country.name`, so article text matches the country list. */
  name: string;
  /** "the United States" where English needs the article. */
  phrase: string;
  demonym: string;
  capital: string;
  culture: NameCulture;
  /** Relative chance that a person is from here. */
  weight: number;
  prominent: boolean;
}

/** A `Country` row as read from the database. */
export interface CountryRow {
  code: string;
  name: string;
  demonyms: string[];
}

/** One role a person held, with the article that states it. */
export interface SyntheticRole {
  id: number;
  title: string;
  /** Day number (see calendar.ts) the role is stated as of: its source article's date. */
  asOfDay: number;
  /** Index of the story whose article states the role. */
  articleIndex: number;
}

/** One person of the cast. */
export interface SyntheticPerson {
  id: number;
  /** 0 for the most newsworthy person; draws follow a Zipf law over ranks. */
  rank: number;
  name: string;
  surname: string;
  key: string;
  aliases: string[];
  nameKeys: string[];
  country: SyntheticCountry;
  /** Sorted by `asOfDay`: a career, latest role last. */
  roles: SyntheticRole[];
}

/** Everything a story needs besides its own index. */
export interface World {
  seed: number;
  articleCount: number;
  countries: SyntheticCountry[];
  /** In id order (`people[i].id === i + 1`). */
  people: SyntheticPerson[];
  /** Indexed by rank. */
  byRank: SyntheticPerson[];
  popularity: ZipfSampler;
  /** Roles stated by each story's article, keyed by story index. */
  rolesByStory: Map<number, { person: SyntheticPerson; role: SyntheticRole }[]>;
  /** Day number of each story's article, by story index (see storyDay). */
  storyDay: (index: number) => number;
}

// The package is CommonJS whose types declare an ES default export; require gives the array either way.
const worldCountries = createRequire(import.meta.url)('world-countries') as Countries;

/** Zipf exponent of person popularity: at 5,000 people the top one is in about one meeting in ten. */
const POPULARITY_EXPONENT = 1.0;

const NEEDS_ARTICLE = /^(United|Republic|Democratic|Central African|Czech|Dominican|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Marshall|Solomon|Holy See|Vatican|Ivory)|Islands$|Republic$|Emirates$/;

/**
 * The countries people come from: sovereign UN members that have a capital
 * (world-countries supplies capitals and subregions; names come from the database).
 */
export function buildCountries(rows: readonly CountryRow[]): SyntheticCountry[] {
  const byCode = new Map(worldCountries.map((c) => [c.cca2, c]));
  const prominence = new Map<string, number>(PROMINENT_COUNTRIES.map((code, i) => [code, i]));
  const out: SyntheticCountry[] = [];
  for (const row of [...rows].sort((a, b) => a.code.localeCompare(b.code))) {
    const info = byCode.get(row.code);
    const capital = info?.capital[0];
    if (!info || !info.unMember || !capital) continue;
    const rank = prominence.get(row.code);
    out.push({
      code: row.code,
      name: row.name,
      phrase: NEEDS_ARTICLE.test(row.name) ? `the ${row.name}` : row.name,
      demonym: row.demonyms[0] ?? info.demonyms.eng?.m ?? row.name,
      capital,
      culture: CULTURE_BY_COUNTRY[row.code] ?? CULTURE_BY_SUBREGION[info.subregion] ?? 'anglo',
      weight: rank === undefined ? 1 : 4 + 40 / (rank + 1),
      prominent: rank !== undefined,
    });
  }
  if (out.length < 2) throw new Error(`synthetic corpus: need at least 2 UN member countries in "Country", found ${out.length}`);
  return out;
}

/**
 * The cast: `count` people with unique names, countries and careers. Role
 * source articles are chosen here (a role's date is its article's date), so a
 * story can look up which roles its article must state.
 */
export function buildWorld(seed: number, articleCount: number, peopleCount: number, countries: SyntheticCountry[], storyDay: (index: number) => number): World {
  const rng = rngFor(seed, Stream.people, 0);
  const ranks = shuffled(rng, Array.from({ length: peopleCount }, (_, i) => i));
  const usedKeys = new Set<string>();
  const people: SyntheticPerson[] = [];
  let nextRoleId = 1;
  for (let i = 0; i < peopleCount; i++) {
    const rank = ranks[i] as number;
    const personRng = rngFor(seed, Stream.people, i + 1);
    const country = countryOf(personRng, countries, rank / peopleCount);
    const { name, surname, aliases } = uniqueName(personRng, country.culture, usedKeys);
    const roles = careerOf(rngFor(seed, Stream.roles, i), rank / peopleCount, articleCount, storyDay);
    for (const role of roles) role.id = nextRoleId++;
    people.push({ id: i + 1, rank, name, surname, key: foldName(name), aliases, nameKeys: nameKeysOf(name, aliases), country, roles });
  }
  const byRank = [...people].sort((a, b) => a.rank - b.rank);
  return { seed, articleCount, countries, people, byRank, popularity: zipfSampler(peopleCount, POPULARITY_EXPONENT), rolesByStory: indexRoles(people), storyDay };
}

/** The most newsworthy people come from the most prominent countries. */
function countryOf(rng: Rng, countries: readonly SyntheticCountry[], percentile: number): SyntheticCountry {
  const pool = percentile < 0.05 ? countries.filter((c) => c.prominent) : countries;
  return weighted(rng, (pool.length ? pool : countries).map((c) => [c, c.weight] as const));
}

/** A name not used yet (by folded key); adds a middle initial when the tradition runs out of combinations. */
function uniqueName(rng: Rng, culture: NameCulture, used: Set<string>): { name: string; surname: string; aliases: string[] } {
  const parts = NAME_PARTS[culture];
  for (let attempt = 0; ; attempt++) {
    const given = pick(rng, parts.given);
    const surname = pick(rng, parts.stems) + pick(rng, parts.endings);
    const middle = attempt >= 8 ? ` ${String.fromCharCode(65 + intBetween(rng, 0, 25))}.` : '';
    const name = `${given}${middle} ${surname}`;
    const key = foldName(name);
    if (used.has(key) || foldName(surname) === '') continue;
    used.add(key);
    // Some people are also written with an initial, as wires do on second reference.
    const aliases = chance(rng, 0.2) ? [`${given.charAt(0)}. ${surname}`] : [];
    return { name, surname, aliases };
  }
}

/**
 * 1–3 roles with distinct titles, dated by their source articles and ordered
 * as a career: the top of the popularity curve ends as a leader, the tail as envoys.
 */
function careerOf(rng: Rng, percentile: number, articleCount: number, storyDay: (index: number) => number): SyntheticRole[] {
  const roleCount = Math.min(weighted(rng, [[1, 45], [2, 35], [3, 20]] as const), articleCount);
  const final = percentile < 0.03 ? LEADER_TITLES : percentile < 0.25 ? MINISTER_TITLES : ENVOY_TITLES;
  const earlier = percentile < 0.03 ? MINISTER_TITLES : ENVOY_TITLES;
  const lastTitle = pick(rng, final);
  const titles = [...sample(rng, earlier.filter((t) => t !== lastTitle), roleCount - 1), lastTitle];
  const articles = new Set<number>();
  while (articles.size < titles.length) articles.add(intBetween(rng, 0, articleCount - 1));
  const dated = [...articles].map((articleIndex) => ({ articleIndex, asOfDay: storyDay(articleIndex) }));
  dated.sort((a, b) => a.asOfDay - b.asOfDay || a.articleIndex - b.articleIndex);
  return dated.map((d, i) => ({ id: 0, title: titles[i] as string, asOfDay: d.asOfDay, articleIndex: d.articleIndex }));
}

function indexRoles(people: readonly SyntheticPerson[]): World['rolesByStory'] {
  const byStory: World['rolesByStory'] = new Map();
  for (const person of people) {
    for (const role of person.roles) {
      const list = byStory.get(role.articleIndex) ?? [];
      list.push({ person, role });
      byStory.set(role.articleIndex, list);
    }
  }
  return byStory;
}

/** The title a person is introduced with on a given day: the latest role stated by then, else the first. */
export function titleOn(person: SyntheticPerson, day: number): string {
  let title = person.roles[0]?.title ?? 'Official';
  for (const role of person.roles) if (role.asOfDay <= day) title = role.title;
  return title;
}

/** A person as news introduces them: "Foreign Minister Jana Kovac of Slovakia". */
export function introduce(person: SyntheticPerson, day: number): string {
  return `${titleOn(person, day)} ${person.name} of ${person.country.phrase}`;
}
