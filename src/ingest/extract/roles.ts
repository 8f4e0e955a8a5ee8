/**
 * Roles stage: title phrases before (or around) a person's name —
 * "Russian Foreign Minister", "Venezuela's deputy foreign minister,",
 * "minister of industries and national production", "the Kremlin spokesman,",
 * "his Venezuelan counterpart" — read into a Title Case title and a country.
 */
import { countryOfCity, findCountryWord, findSeatOfGovernment } from '../../countries/catalog.ts';
import { titleCase } from '../text.ts';
import type { Token } from './context.ts';
import type { CountryMention } from './countries.ts';

/** Nouns that head a title. Singular only: "world leaders" is not a title. */
export const TITLE_HEADS = new Set([
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador',
  'envoy', 'leader', 'king', 'queen', 'prince', 'princess', 'emir', 'sheikh', 'sultan', 'governor', 'mayor', 'senator',
  'congressman', 'congresswoman', 'lawmaker', 'chairman', 'chairwoman', 'chair', 'chief', 'head', 'director', 'commander',
  'candidate', 'adviser', 'advisor', 'aide', 'speaker', 'general', 'admiral', 'counterpart', 'representative', 'commissioner',
  'negotiator', 'diplomat', 'prosecutor', 'pope', 'ayatollah', 'monarch', 'vice-president', 'coordinator', 'attaché',
  'sheik', 'sheikha', 'emperor', 'empress', 'chairperson', 'ruler', 'critic', 'governor-general', 'secretary-general', 'director-general', 'vice-chancellor', 'member', 'marshal',
  // Malay styles of a head of state: "Yang di-Pertuan Agong", "the Sultan and Yang Di-Pertuan of Brunei".
  'di-pertuan', 'agong',
  // "Chief Executive Officer", "Chief Operating Officer", "liaison officer": an officer of a company or a service.
  'officer',
  // Military ranks, which are titles of their own ("Colonel X", "Burkina Faso's Captain Y"); "Lieutenant General" joins two.
  'colonel', 'captain', 'lieutenant', 'brigadier', 'commodore',
  // A monarch's style of office: "Custodian of the Two Holy Mosques".
  'custodian',
  // A junior minister in French usage: "Minister Delegate for Foreign Trade".
  'delegate',
  // Rulers of princely states and South Asian monarchs: "the then Maharaja of Nawanagar".
  'maharaja', 'maharani', 'nawab',
  // Heads of agencies and envoys with full powers: "NASA Administrator X", "Chilean plenipotentiary Y".
  'administrator', 'plenipotentiary',
  // The head of a Kazakh region or city, written in Kazakh in English copy: "Akim of Almaty X".
  'akim',
]);

/** Monarchs' and princes' styles, whose realm is no part of the title: "King of Jordan", "Crown Prince of Abu Dhabi". */
const MONARCHICAL_HEADS = new Set(['king', 'queen', 'sultan', 'emir', 'amir', 'emperor', 'empress', 'prince', 'princess', 'maharaja', 'maharani', 'nawab']);

/**
 * "Amir" is the title of the rulers of Kuwait and Qatar in their own
 * agencies' English, and also a common given name ("Amir Peretz"): it heads a
 * title only after "the" or a country, or before the honorific "Sheikh".
 */
const CONTEXT_HEADS = new Set(['amir']);

/**
 * Occupations, titled by the bare noun whatever field is written before them
 * ("a Gulf security analyst" → Analyst, "a professor of politics" → Professor).
 */
export const OCCUPATIONS = new Set([
  'analyst', 'professor', 'economist', 'researcher', 'scholar', 'lecturer', 'historian', 'cleric', 'expert', 'strategist',
  'academic', 'activist', 'lawyer', 'commentator', 'journalist', 'writer', 'reporter', 'fellow',
]);

/** Occupations written as two words, titled as both: "chief executive". */
const COMPOUND_OCCUPATIONS = new Set([
  'chief executive', 'chief economist', 'senior fellow', 'research fellow', 'political scientist', 'menteri besar',
  // A company's officers, titled without the company: "the Chief Executive Officer of Eni" is a Chief Executive Officer.
  'chief executive officer', 'chief operating officer', 'chief financial officer',
  // The head of state's spouse: "first lady Kim Keon Hee", "the First Lady, Ana Lopes".
  'first lady', 'first gentleman',
]);

/** Words that may precede a head inside a title. */
export const TITLE_MODIFIERS = new Set([
  'deputy', 'vice', 'prime', 'first', 'second', 'foreign', 'defense', 'defence', 'finance', 'interior', 'economy', 'economic',
  'economics', 'trade', 'energy', 'oil', 'petroleum', 'industry', 'industries', 'agriculture', 'health', 'justice', 'education',
  'culture', 'transport', 'communications', 'labour', 'labor', 'mining', 'mines', 'tourism', 'science', 'development',
  'security', 'national', 'state', 'presidential', 'executive', 'chief', 'acting', 'interim', 'opposition', 'socialist',
  'communist', 'conservative', 'liberal', 'military', 'army', 'navy', 'supreme', 'foreign-policy', 'press', 'home',
  'environment', 'commerce', 'planning', 'investment', 'information', 'digital', 'intelligence', 'emergency', 'emergencies',
  'regional', 'general', 'crown', 'grand', 'high', 'special', 'senior', 'top', 'party', 'government', 'cabinet', 'parliamentary',
  'independent', 'presidential', 'nationalist', 'populist', 'leftist', 'rightist', 'centrist', 'left-wing', 'right-wing',
  'far-right', 'far-left', 'rebel', 'union', 'central', 'bank', 'trade-union', 'majority', 'minority', 'assistant', 'associate',
  'late', 'former', 'ex', 'self-proclaimed', 'so-called', 'would-be', 'then', 'outgoing', 'incoming', 'newly', 'elected',
  'president-elect', 'sports', 'youth', 'women', 'water', 'housing', 'public', 'works', 'social', 'affairs', 'relations',
  'external', 'internal', 'international', 'cooperation', 'technology', 'resources', 'natural', 'production', 'hydrocarbons',
  'gas', 'electricity', 'power', 'finance-ministry', 'ministry', 'foreign-ministry',
  // Portfolios, which ministries join and split ("Transport and Infrastructure Minister", "University and Research Minister").
  'infrastructure', 'research', 'university', 'universities', 'rights', 'diaspora', 'investments', 'mineral', 'minerals',
  'fisheries', 'forestry', 'aviation', 'maritime', 'ports', 'railways', 'telecommunications', 'heritage', 'family',
  'employment', 'immigration', 'migration', 'climate', 'lands', 'urban', 'rural', 'local', 'religious', 'federal', 'policy',
  'human', 'welfare', 'sport', 'arts', 'innovation', 'industrial', 'budget', 'treasury',
  // "Coordinating Minister of the Economy", "Senior Minister": an office that oversees others.
  'coordinating',
  // "Minister of Agriculture and Food Security".
  'food',
  // "Menteri Besar", the chief minister of a Malaysian state, written in Malay in English copy; "Yang di-Pertuan".
  'menteri', 'di-pertuan',
  // "diplomatic adviser", "Paramount Chief".
  'diplomatic', 'paramount',
  // Military ranks of several words: "Field Marshal".
  'field',
  // "Shadow Foreign Secretary" (the opposition's spokesperson for a portfolio), "Transitional President" (of a junta or interim
  // government), "Armed Forces Minister", "Homeland Security Secretary", "Attorney General", "Solicitor General".
  'shadow', 'transitional', 'armed', 'homeland', 'attorney', 'solicitor',
  // "the first democratically elected president": how the person came to office, dropped from the title.
  'democratically', 'popularly',
  // "Emeritus Senior Minister", "the historic leader of the Revolution": a standing kept after or beyond the office.
  // "Principal Deputy National Security Adviser": the first of several deputies.
  'emeritus', 'historic', 'principal',
  // Portfolios: "Home Affairs and Law Minister", "domestic policy spokesman".
  'law', 'domestic',
  // A company's officers: "Chief Operating Officer", "Chief Financial Officer".
  'operating', 'financial',
  // Portfolios: "Customs Minister", "Commerce and Customs Minister".
  'customs',
  // Portfolios: "Business and Trade Secretary", "Transport and Logistics Minister", "Minister of Roads and Urban Development".
  'business', 'logistics', 'roads', 'highways',
]);

/** Words allowed in an "of …" complement: "minister of industries and national production", "secretary of state". */
const COMPLEMENT_WORDS = new Set([...TITLE_MODIFIERS, 'and', 'the', 'for', 'affairs', 'state', 'staff', ...'two both countries nations sides'.split(' ')]);

/** "the foreign ministers of the two countries, X of A and Y of B": a complement that names the countries of the story, not the office. */
const BOTH_COUNTRIES = /^(?:the\s+)?(?:two|both)\s+(?:countries|nations|sides)$/i;

/** Title words that disqualify the role: not a real office. */
const NOT_CURRENT = new Set(['self-proclaimed', 'so-called', 'would-be']);

/** Title words dropped from the title: they describe the person, not the office. */
const DROPPED = new Set(['late', 'senior', 'top', 'newly', 'elected', 'then', 'outgoing', 'democratically', 'popularly']);

/** DROPPED words that name an office of their own when capitalised: "Senior Minister". */
const OFFICE_WHEN_CAPITALISED = new Set(['senior']);

/** Political leanings: part of a title only for party roles ("socialist leader"), not offices ("socialist President"). */
const LEANINGS = new Set(['socialist', 'communist', 'conservative', 'liberal', 'nationalist', 'populist', 'leftist', 'rightist', 'centrist', 'left-wing', 'right-wing', 'far-right', 'far-left']);

/** The abbreviated forms of address and ranks (lower case, no full stop). */
const ADDRESS_ABBREVIATIONS = ['mr', 'mrs', 'ms', 'dr', 'mx', 'miss', 'prof', 'amb', 'sen', 'hon', 'rev', 'engr', 'eng', 'barr', 'gen', 'lt', 'maj', 'brig', 'col', 'capt', 'adm', 'cdr', 'cmdr', 'gov'];

/**
 * Forms of address written in full that are never part of a name: "His Highness Sheikh …", "Datuk Seri
 * Anwar Ibrahim", and the South Asian and West African "Shri", "Smt", "Mian", "Alhaji". The people stage
 * keeps them out of names; here they may stand between a title and a name.
 */
export const ADDRESS_WORDS = [
  'highness', 'majesty', 'excellency', 'eng', 'datuk', 'dato', "dato'", 'datin', 'seri', 'utama', 'tengku', 'tun', 'haji', 'hajjah',
  'shri', 'smt', 'shrimati', 'mian', 'alhaji', 'alhaja', 'tuanku',
];

/** Forms of address that may stand between a title and a name; they are neither. */
const FORMS_OF_ADDRESS = new Set([
  'sir', 'dame', 'dr', 'his', 'her', ...ADDRESS_WORDS,
  // Abbreviated forms of address and ranks, written with or without a full stop: "Mr", "Amb.", "Sen.", "Prof.", "Gen", "Lt Gen".
  ...ADDRESS_ABBREVIATIONS,
]);

/** Ranks among the abbreviations, which are the person's title as well: "Gen Omar Rahim" is a General, "Prof. Ada Obi" a Professor. */
const ABBREVIATED_RANKS: Record<string, string> = {
  gen: 'General', 'lt gen': 'Lieutenant General', 'maj gen': 'Major General', 'brig gen': 'Brigadier General', brig: 'Brigadier',
  adm: 'Admiral', col: 'Colonel', 'lt col': 'Lieutenant Colonel', capt: 'Captain', prof: 'Professor',
  // US and Gulf copy abbreviate a governor: "Texas Gov. Greg Abbott", "Riyadh Gov. Prince Faisal".
  gov: 'Governor', 'lt gov': 'Lieutenant Governor',
};

/**
 * The rank written as an abbreviation just before a name ("Chief of Army
 * Staff Gen Omar Rahim", "Prof. Ada Obi"), as a title phrase; the other
 * forms of address ("Mr", "Amb.", "Sen.") give none.
 */
export function abbreviatedRankBefore(tokens: Token[], nameStart: number): TitlePhrase | undefined {
  // "Riyadh Gov. Prince Faisal": a royal style between the abbreviation and the name is part of the address.
  const styled = nameStart > 0 && HONORIFICS.has(tokens[nameStart - 1]!.lower) ? nameStart - 1 : nameStart;
  const start = addressStart(tokens, styled);
  const words = tokens.slice(start, styled).filter((t) => t.word).map((t) => t.lower);
  for (let n = Math.min(2, words.length); n >= 1; n--) {
    const title = ABBREVIATED_RANKS[words.slice(-n).join(' ')];
    if (title) return { title, notCurrent: false, startToken: start, endToken: nameStart };
  }
  return undefined;
}

/** True for an abbreviated form of address or rank ("Mr", "Amb", "Gen"), lower case without its full stop. */
export function isAddressAbbreviation(lower: string): boolean {
  return ADDRESS_ABBREVIATIONS.includes(lower.replace(/\.$/, ''));
}

/** Forms of address that follow an office in a title run ("Foreign Minister Prince …", "Emir Sheikh …"). */
const HONORIFICS = new Set(['prince', 'princess', 'sheikh', 'sheik', 'sheikha']);

/** Forms of address that are no office at all when they stand alone ("Sheikh Tamim"); "Prince" and "King" are. */
const HONORIFIC_ONLY = new Set(['sheikh', 'sheik', 'sheikha']);

/** Seats a person is elected to, which a party does not name: "Colorado party senator" is a Senator. */
const ELECTED_SEATS = new Set(['senator', 'congressman', 'congresswoman', 'mayor', 'governor']);

/** Heads of party roles, which keep their leaning. */
const PARTY_HEADS = new Set(['leader', 'candidate', 'chairman', 'chairwoman', 'chair', 'lawmaker']);

/**
 * True for a title that is only a form of address ("Sheikh") or a royal
 * style ("Prince") standing alone before a name: an office written after the
 * name ("Prince X, Deputy Crown Prince and Minister of Defence,") is the title.
 */
export function isAddressOnly(phrase: TitlePhrase): boolean {
  return phrase.notCurrent || HONORIFICS.has(phrase.title.toLowerCase());
}

/** A title phrase found next to a name. */
export interface TitlePhrase {
  /** Title Case title, e.g. "Deputy Foreign Minister"; "Counterpart" when the role is copied from the other person. */
  title: string;
  countryCode?: string;
  /** The title names no current office ("self-proclaimed"), or is only a form of address ("Sheikh"). */
  notCurrent: boolean;
  /** Token index of the first token of the phrase (nationality included). */
  startToken: number;
  /** Token index after the phrase (and after a comma before the name). */
  endToken: number;
  /** A title joined by "and" before this one: "the opposition leader and self-proclaimed interim president, X". */
  coordinated?: TitlePhrase;
  /** Written in the plural ("then-prime ministers X and Y"): it is the title of each name it stands before. */
  plural?: boolean;
}

/**
 * A title word without the marks of time joined to it: "then-President" and
 * "President-elect" are the office of "President"; "ex-President" too, as a
 * former one.
 */
function bareTitleWord(lower: string): string {
  return lower.replace(/^(?:then|ex|former)-(?=\p{L})/u, '').replace(/-elect$/, '');
}

function isHead(token: Token): boolean {
  return token.word && (TITLE_HEADS.has(token.lower) || TITLE_HEADS.has(bareTitleWord(token.lower)) || OCCUPATIONS.has(token.lower));
}

/**
 * A head read in its sentence: a word of CONTEXT_HEADS is one after "the" or a
 * country ("the Amir", "Kuwait Amir"), or before "Sheikh" ("Amir Sheikh Tamim").
 */
export function isHeadAt(tokens: Token[], i: number, countries: CountryMention[]): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (isHead(t)) return true;
  // "Petrobras chief executive X", "a research fellow": the second word of a two-word occupation heads it.
  if (t.word && i > 0 && COMPOUND_OCCUPATIONS.has(`${tokens[i - 1]!.lower} ${t.lower}`)) return true;
  if (!t.word || !CONTEXT_HEADS.has(t.lower)) return false;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before?.lower === 'the' || (before !== undefined && countryOfToken(tokens, i - 1, countries) !== undefined) || HONORIFIC_ONLY.has(after?.lower ?? '');
}

/** A modifier read in its place: "Forces" only after "Armed" ("Armed Forces Minister"; "a special forces general" is a description). */
function isModifierAt(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return isModifier(t) || (t.word && t.lower === 'forces' && tokens[i - 1]?.lower === 'armed');
}

function isModifier(token: Token): boolean {
  return token.word && (TITLE_MODIFIERS.has(token.lower) || TITLE_MODIFIERS.has(bareTitleWord(token.lower)));
}

/** The title text of a token: "then-President" → "President", "ex-President" → "Former President", "President-elect" stays. */
function titleText(token: Token): string {
  if (/^ex-/i.test(token.text)) return `Former ${token.text.slice(3)}`;
  if (/^(?:then|former)-/i.test(token.text)) return (/^former-/i.test(token.text) ? 'Former ' : '') + token.text.replace(/^(?:then|former)-/i, '');
  return token.text;
}

/** Chambers of a parliament, which head a title of their own: "Senate President", "House Speaker". */
const CHAMBERS = new Set(['senate', 'house']);

/** Bodies and places of a sub-national or chamber title, capitalised before its head: "Northern Province Chief Minister", "Senate President". */
const BODY_WORDS = new Set(['region', 'regional', 'province', 'provincial', 'senate', 'house', 'territory', 'county', 'government', 'state']);

/**
 * Extends a capitalised title leftwards over the body it belongs to:
 * "Senate President", "Kurdistan Region President", "Kurdish Regional
 * Government President", "White House Spokesman". After a body word, one
 * more capitalised word that opens the run (or follows a nationality) names
 * the place. Returns the new first token.
 */
function bodyBefore(tokens: Token[], start: number, headIndex: number, countries: CountryMention[]): number {
  // "now Senate president", "the House speaker": a chamber capitalised inside a sentence names it before a lower-case head too.
  const chamber = start === headIndex && start > 1 && CHAMBERS.has(tokens[start - 1]!.lower) && tokens[start - 1]!.capitalized && tokens[start - 2]!.word;
  // Before a lower-case head, a chamber reads on over the body words before it as a capitalised head does: "State House spokesman", not "House spokesman".
  if (!tokens[headIndex]!.capitalized && !chamber) return start;
  let first = start;
  while (first - 1 >= 0 && tokens[first - 1]!.capitalized && BODY_WORDS.has(tokens[first - 1]!.lower)) first--;
  // "Guangdong Communist Party Secretary": a party's name inside the title is a body too, and the place before it is its branch's.
  const bodyInside = tokens.slice(start, headIndex).some((t) => t.capitalized && (BODY_WORDS.has(t.lower) || t.lower === 'party'));
  if (first === start && !bodyInside) return start;
  const place = tokens[first - 1];
  const beforePlace = tokens[first - 2];
  const opensRun = first - 1 > 0 && (!beforePlace?.capitalized || countryOfToken(tokens, first - 2, countries) !== undefined);
  if (place?.word && place.capitalized && opensRun && !countryOfToken(tokens, first - 1, countries) && !/^(?:the|a|an)$/i.test(place.text)) first--;
  return first;
}

/** Words that open an institution's name before a title: "European Commission spokeswoman", "State Department spokesman". */
const INSTITUTION_WORDS = new Set(['commission', 'council', 'ministry', 'department', 'parliament', 'assembly', 'office', 'agency', 'committee', 'bank', 'court', 'secretariat', 'presidency', 'cabinet', 'directorate']);

/**
 * A capitalised institution name of up to three words ending right before
 * the title words at `start` ("European Commission"), as the index of its
 * first token; undefined when there is none.
 */
function institutionBefore(tokens: Token[], start: number): number | undefined {
  const last = tokens[start - 1];
  if (!last?.capitalized || !INSTITUTION_WORDS.has(last.lower)) return undefined;
  let first = start - 1;
  while (first - 1 >= 0 && start - first < 3 && tokens[first - 1]!.capitalized && tokens[first - 1]!.word && !/^(?:the|a|an)$/i.test(tokens[first - 1]!.lower)) first--;
  return first;
}

/**
 * "including Keidanren Chairman Masakazu Tokura": one capitalised word that
 * is no name, country or title word, opening a run right before a
 * capitalised head and a name, is the organisation the title is of (English
 * writes no person as "Name Title Name").
 */
function organisationWordBefore(tokens: Token[], start: number, headIndex: number, countries: CountryMention[]): number | undefined {
  const word = tokens[start - 1];
  const before = tokens[start - 2];
  if (!word?.word || !word.capitalized || !tokens[headIndex]!.capitalized || isTitleWord(word) || countryOfToken(tokens, start - 1, countries)) return undefined;
  // "with Alberta Premier X", "met Texas Governor Y": before the offices of provinces, states and cities, the word is the place.
  if (/^(?:premier|governor|mayor|senator|congressman|congresswoman|chief)$/.test(tokens[headIndex]!.lower) || cityEndingAt(tokens, start - 1) > 0) return undefined;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word.text) || !before || !/^(?:including|with|by|met|said)$/.test(before.lower) || /^(?:the|a|an)$/i.test(word.text)) return undefined;
  return start - 1;
}

/**
 * The abbreviation a body's full name defines right before a title, which
 * the title then carries: "Economic Relations Division (ERD) Secretary",
 * "Japan International Cooperation Agency (JICA) President" (the people
 * stage reads the name and its brackets as one token, see `withAcronyms`).
 * A party's leader ("Democratic Party (PD) leader") is the party's, which
 * tells the person's party, not the office.
 */
function definedAcronymBefore(tokens: Token[], start: number, headIndex: number): number | undefined {
  const acronym = tokens[start - 1];
  if (!acronym || !/^\p{Lu}{2,6}$/u.test(acronym.text) || acronym.end - acronym.start <= acronym.text.length) return undefined;
  return PARTY_HEADS.has(tokens[headIndex]!.lower) && !tokens[headIndex]!.capitalized ? undefined : start - 1;
}

/**
 * The country a token names when it is a demonym, a country name, or a seat
 * of government used as an adjective ("Kremlin spokesman").
 */
function countryOfToken(tokens: Token[], i: number, countries: CountryMention[]): { code: string; tokens: number; city?: boolean } | undefined {
  const t = tokens[i]!;
  // "Kenya." at the end of a sentence: the token keeps the full stop, the mention does not.
  const end = t.text.endsWith('.') ? t.end - 1 : t.end;
  const mention = countries.find((m) => m.start <= t.start && m.end >= end);
  if (mention) {
    const spanned = tokens.filter((x) => x.start >= mention.start && x.end <= mention.end).length;
    return { code: mention.code, tokens: Math.max(1, spanned), ...(mention.kind === 'capital' || mention.kind === 'seat' ? { city: true } : {}) };
  }
  return undefined;
}

/**
 * Reads the title phrase ending just before token `nameStart` (skipping one
 * comma), walking left over title words, then a nationality, "Country's",
 * "the country's" or "his/her". `beforeName`: `nameStart` is where a name's
 * run of words begins, so a capitalised complement may end right there.
 */
export function titleBefore(tokens: Token[], nameStart: number, countries: CountryMention[], beforeName = false, closedByAnd = false): TitlePhrase | undefined {
  const found = titlePhraseBefore(tokens, nameStart, countries, beforeName, closedByAnd);
  // "Minister of Interior Sheikh Fahad": an honorific right before the name closes the office before it, which the walk over "of" would not reach from the honorific.
  const honorific = addressStart(tokens, nameStart) - 1;
  if (found && !found.honorificOnly && honorific > 0 && HONORIFIC_ONLY.has(tokens[honorific]!.lower) && found.startToken > 0 && tokens[found.startToken - 1]!.lower === 'of') {
    const office = titlePhraseBefore(tokens, honorific, countries, beforeName, closedByAnd);
    if (office && !office.notCurrent) return { ...office, endToken: nameStart };
  }
  // "Chief Adviser Professor Muhammad Yunus": an academic form of address between an office and the name leaves the office as the title.
  const address = tokens[nameStart - 1];
  if (found && found.title.toLowerCase() === address?.lower && address.capitalized && /^(?:professor|doctor)$/.test(address.lower)) {
    const office = titlePhraseBefore(tokens, nameStart - 1, countries, beforeName, closedByAnd);
    if (office && !office.notCurrent) return { ...office, endToken: nameStart };
  }
  if (!found?.notCurrent || !found.honorificOnly) return found;
  // "President His Highness Sheikh Mohamed": past the honorific and the forms of address, the office.
  const office = titlePhraseBefore(tokens, addressStart(tokens, found.startToken), countries, true);
  return office && !office.notCurrent ? { ...office, endToken: nameStart } : found;
}

/** The first token of the forms of address ("His Highness", "Dr") that end just before token `end`. */
function addressStart(tokens: Token[], end: number): number {
  let start = end;
  for (;;) {
    // "Sen. Abubakar": the full stop of an abbreviation is a token of its own.
    const dot = tokens[start - 1]?.text === '.' && start - 2 > 0 && isAddressAbbreviation(tokens[start - 2]!.lower) ? 1 : 0;
    if (start - 1 - dot > 0 && FORMS_OF_ADDRESS.has(tokens[start - 1 - dot]!.lower.replace(/\.$/, ''))) start -= 1 + dot;
    else break;
  }
  return start;
}

function titlePhraseBefore(tokens: Token[], nameStart: number, countries: CountryMention[], beforeName = false, closedByAnd = false): (TitlePhrase & { honorificOnly?: boolean }) | undefined {
  // "Prime Minister Datuk Seri Anwar Ibrahim", "Foreign Minister Dr Zambry": forms of address between the title and the name.
  let end = addressStart(tokens, nameStart);
  // "Namibia's special envoy, the late X": the words for one who has died stand between the title and the name.
  if (tokens[end - 1]?.lower === 'late' && tokens[end - 2]?.lower === 'the' && tokens[end - 3]?.text === ',') end -= 2;
  if (tokens[end - 1]?.text === ',') end--;
  // "the Minister of State for Petroleum Resources (Oil), X": a short note in brackets closing the title is no part of it.
  const note = tokens[end - 1]?.text === ')' ? tokens.slice(Math.max(0, end - 5), end - 1).map((t) => t.text).lastIndexOf('(') : -1;
  if (note >= 0 && tokens[end]?.text === ',') end = Math.max(0, end - 5) + note;
  let i = end - 1;
  // A title closed by a comma or the sentence end has room for an institution's name in its complement.
  // "X, a member of the Political Bureau of the CPC Central Committee and director of …,": in a list of titles after a name,
  // "and" closes the title before it as a comma does (`closedByAnd`); before a name, capitalised words there may be another name.
  const bounded = end >= tokens.length || /^[,.;:)]$/.test(tokens[end]!.text) || (closedByAnd && tokens[end]!.lower === 'and') || (note >= 0 && tokens[end]!.text === '(');
  // "Minister of State for Foreign Trade, and Lee Kinyanjui": a complement does not end in a joining word; the joint is between two people.
  if (/^(?:and|,|of|for|the)$/.test(tokens[end - 1]?.lower ?? '')) return undefined;
  let crossedComma = false;
  let usedInstitution = false;
  // An "of …" or "for …" complement: walk back over complement words to "of"/"for" preceded by a head.
  let complementStart = bounded ? servedOnBrief(tokens, end) : -1;
  // "President of the Republic, X", "President of that country, Y": a complement that names the state only by a word for it adds nothing to the office.
  const byWord = bounded || beforeName ? stateByWord(tokens, end, countries) : undefined;
  if (byWord) complementStart = byWord.of;
  // A list of portfolios right before a name reaches as far back as a title closed by a comma.
  const reach = bounded || (beforeName && end > 0 && inPortfolioList(tokens, end - 1, end, countries)) ? 16 : 8;
  for (let k = complementStart >= 0 ? -1 : i; k >= Math.max(0, end - reach); k--) {
    const t = tokens[k]!;
    // "Ambassador to Angola", "Special Adviser to the President": "to" opens whom the office is sent to or serves.
    // Only right before a name and after a singular head: "X, adviser to the President," keeps the office alone, and "heads to" is a verb.
    const to = t.lower === 'to' && beforeName && k > 0 && isHead(tokens[k - 1]!);
    // "President of the Council of Ministers of the Italian Republic": a plural head after "of" names a body ("Council of Ministers"), whose "of" opens no complement.
    const body = k > 1 && isPluralHead(tokens[k - 1]!) && tokens[k - 2]!.lower === 'of' && tokens[k - 1]!.capitalized;
    if (((t.lower === 'of' || t.lower === 'for') && k > 0 && (isHead(tokens[k - 1]!) || (isPluralHead(tokens[k - 1]!) && !body))) || to) {
      complementStart = k;
      break;
    }
    if (t.text === ',' || t.lower === 'and') crossedComma = true;
    // "Deputy Ruler of Abu Dhabi": a city of the gazetteer is part of the complement.
    const city = countryOfToken(tokens, k, countries) ? 0 : cityEndingAt(tokens, k);
    if (city > 0) {
      k -= city - 1;
      continue;
    }
    // An institution's name is one phrase: past a comma or "and", capitalised words are more likely names ("of Peru, Pedro Pablo Kuczynski, and Ecuador").
    // "… and Industry of Kenya": the "of" before a closing country belongs to the complement's list, not to an institution's name.
    // "Secretary of Foreign Affairs of the Philippines": the country may take "the".
    const ofCountry = t.lower === 'of' && (countryOfToken(tokens, k + 1, countries) !== undefined || (tokens[k + 1]?.lower === 'the' && countryOfToken(tokens, k + 2, countries) !== undefined));
    const known = COMPLEMENT_WORDS.has(t.lower) || ofCountry || countryOfToken(tokens, k, countries) !== undefined;
    // Right before a name (`beforeName`), the name's own words are not in the walk, so the capitalised words left are the complement's:
    // "Assistant Secretary for African Affairs X", "Head of the Presidential Office X".
    // A title word there ("Emir of Qatar, Sheikh Tamim") is the name's form of address, not the complement's.
    // Inside a name of capitalised words, "of" and "'s" join them: "the National Assembly of People's Power".
    // "Chairman of the Senate of the Parliament X": an inner "of the" joins them too.
    const nextName = tokens[k + 1]?.lower === 'the' && t.lower === 'of' ? tokens[k + 2] : tokens[k + 1];
    const joinsNameWords = (t.lower === 'of' || t.lower === "'s") && tokens[k - 1]?.capitalized === true && nextName?.capitalized === true;
    // "Minister of Foreign Affairs, African Cooperation and Expatriates X": before a name, the items of a list of portfolios.
    if (beforeName && !known && inPortfolioList(tokens, k, end, countries)) continue;
    const institution = !known && !listedPortfolio(tokens, k, bounded, countries) && (bounded || (beforeName && (t.capitalized || joinsNameWords) && !isTitleWord(t))) && !crossedComma && institutionWord(t);
    if (institution) usedInstitution = true;
    if (usedInstitution && t.lower === 'and') break;
    if (!(known || (t.text === ',' && k < i) || institution || listedPortfolio(tokens, k, bounded, countries))) break;
  }
  let complementCountry: string | undefined;
  let complement = '';
  // "Italy's ambassador in Buenos Aires, X": where an envoy serves is no part of the title either.
  const posted = complementStart < 0 ? envoyPostedIn(tokens, end, countries) : undefined;
  if (byWord) {
    complementCountry = byWord.code;
    i = byWord.of - 1;
  } else if (posted !== undefined) {
    complementStart = posted;
    i = posted - 1;
  } else if (complementStart > 0 && tokens[complementStart]!.lower === 'to' && onlyCountryAfter(tokens, complementStart + 1, end, countries)) {
    // "U.S. Ambassador to Angola": the country an envoy is sent to is neither the title's wording nor the envoy's country.
    i = complementStart - 1;
  } else if (complementStart > 0) {
    const trailing = trailingCountry(tokens, complementStart + 1, end, countries);
    complementCountry = trailing?.code;
    let words = tokens.slice(complementStart + 1, trailing?.start ?? end);
    // "secretary of Iran's Supreme National Security Council": the owner is the country, the body is "the" council.
    const owner = words.length > 2 ? countryOfToken(tokens, complementStart + 1, countries) : undefined;
    if (owner && words[owner.tokens]?.lower === "'s") {
      complementCountry ??= owner.code;
      words = [{ ...words[owner.tokens]!, text: 'the', lower: 'the' }, ...words.slice(owner.tokens + 1)];
    }
    const country = words.length > 0 ? countryOfToken(tokens, complementStart + 1, countries) : undefined;
    // "President of Kenya" is the country's president; "Mayor of Tokyo" keeps its city, which also gives the country.
    if (country?.city) complementCountry ??= country.code;
    // "Mayor of Dushanbe", "Akim of Almaty": a city alone says where the office is, as a country does; the title is the head's.
    // Only the offices of a city; "Deputy Ruler of Abu Dhabi" rules an emirate, a realm of its own.
    const cityOnly = CITY_HEADS.has(tokens[complementStart - 1]?.lower ?? '') && words.length > 0 && words.length <= 3 && cityEndingAt(tokens, complementStart + words.length) === words.length && tokens[complementStart]!.lower === 'of';
    if (cityOnly) complementCountry ??= countryOfCity(words.map((w) => w.text).join(' '));
    if (country && !country.city && country.tokens === words.length) complementCountry = country.code;
    else if (cityOnly) complement = '';
    // "the prime ministers of Spain and Portugal, X and Y": several countries, one per name; the title is the office alone.
    // "Crown Prince of Abu Dhabi", "the then Maharaja of Nawanagar": a monarch's style is written bare; the realm is where, not what, the office is.
    else if (MONARCHICAL_HEADS.has(tokens[complementStart - 1]?.lower ?? '') && tokens[complementStart]!.lower === 'of') complement = '';
    else if (words.length > 0 && !onlyCountries(tokens, complementStart + 1, end, countries) && !BOTH_COUNTRIES.test(words.map((w) => w.text).join(' '))) complement = ` ${tokens[complementStart]!.lower} ${words.map((w) => w.text).join(' ').replace(/ ,/g, ',').replace(/ (['’]s)\b/g, '$1')}`;
    i = complementStart - 1;
  }
  const plural = i >= 0 && !isHeadAt(tokens, i, countries) && isPluralHead(tokens[i]!);
  if (i < 0 || !(isHeadAt(tokens, i, countries) || plural)) return undefined;
  const headIndex = i;
  let start = headIndex;
  while (start - 1 >= 0 && !caseBreak(tokens, start, countries) && (isModifierAt(tokens, start - 1) || isMalayStyleAt(tokens, start - 1) || isHeadAt(tokens, start - 1, countries) || isSeatWord(tokens, start - 1) || joinsPortfolios(tokens, start, headIndex, plural))) start--;
  // "Commander in Chief X": the one title whose words are joined by "in".
  if (start === headIndex && tokens[headIndex]!.lower === 'chief' && tokens[start - 1]?.lower === 'in' && tokens[start - 2]?.lower === 'commander') start -= 2;
  start = closesAnotherComplement(tokens, start, headIndex);
  start = bodyBefore(tokens, start, headIndex, countries);
  const institution = institutionBefore(tokens, start);
  if (institution !== undefined) start = institution;
  let titleTokens = tokens.slice(start, headIndex + 1);
  const acronym = institution === undefined ? definedAcronymBefore(tokens, start, headIndex) : undefined;
  if (acronym !== undefined) {
    titleTokens = [tokens[acronym]!, ...titleTokens];
    start = acronym;
  }
  const organisation = institution === undefined && acronym === undefined && beforeName ? organisationWordBefore(tokens, start, headIndex, countries) : undefined;
  if (organisation !== undefined) {
    titleTokens = [tokens[organisation]!, ...titleTokens];
    start = organisation;
  }
  if (plural) titleTokens = [...titleTokens.slice(0, -1), singularToken(tokens[headIndex]!)];
  const occupation = occupationOf(titleTokens);
  if (occupation) titleTokens = occupation;
  let phraseStart = start;
  let countryCode = complementCountry;
  const before = start - 1;
  const nationality = before >= 0 ? (countryOfToken(tokens, before, countries) ?? timeMarkedNationality(tokens[before]!)) : undefined;
  if (nationality && (tokens[before]!.capitalized || /^(?:then|former|ex)-/.test(tokens[before]!.text))) {
    countryCode ??= nationality.code;
    phraseStart = before - nationality.tokens + 1;
    // "former Kazakh President", "the late Uzbek President": the word of time before the nationality is the title's.
    const time = tokens[phraseStart - 1];
    if (time && /^(?:former|ex|then|late)$/.test(time.lower)) {
      if (time.lower === 'former' || time.lower === 'ex') titleTokens = [{ ...time, text: 'Former' }, ...titleTokens];
      phraseStart--;
    }
  } else if (tokens[before]?.lower === "'s" && before - 1 >= 0) {
    const owner = countryOfToken(tokens, before - 1, countries);
    if (owner) {
      countryCode ??= owner.code;
      phraseStart = before - owner.tokens;
    } else if (tokens[before - 1]!.lower === 'country' && tokens[before - 2]?.lower === 'the') {
      // "the country's industry minister": the country last named before it in the sentence.
      const previous = countries.filter((m) => m.end <= tokens[before - 1]!.start).pop();
      countryCode ??= previous?.code;
      phraseStart = before - 2;
    }
  }
  // "Foreign Minister Prince Faisal", "Emir Sheikh Tamim": an honorific after an office is part of the address, not the title.
  while (titleTokens.length > 1 && HONORIFICS.has(titleTokens[titleTokens.length - 1]!.lower) && titleTokens.slice(0, -1).some((t) => isHead(t) || CONTEXT_HEADS.has(t.lower))) titleTokens.pop();
  // "Governor-General Grand Chief Sir Bob Dadae": a chiefly style after an office is the address too; alone ("Grand Chief X") it is the office.
  if (titleTokens.length > 2 && titleTokens.slice(-2).map((t) => t.lower).join(' ') === 'grand chief' && titleTokens.slice(0, -2).some(isHead)) titleTokens = titleTokens.slice(0, -2);
  titleTokens = withoutOrdinal(titleTokens);
  const honorificOnly = titleTokens.every((t) => HONORIFIC_ONLY.has(t.lower));
  const seat = titleTokens.map((t) => findSeatOfGovernment(t.text)).find((s) => s !== undefined);
  countryCode ??= seat?.code;
  const words = titleTokens.map((t) => t.lower);
  const notCurrent = honorificOnly || words.some((w) => NOT_CURRENT.has(w));
  const partyRole = PARTY_HEADS.has(tokens[headIndex]!.lower);
  // "former President" stays a role, titled as such: the office is real, the tenure is past.
  // A leaning is part of a party role only right before its head ("socialist leader"); before another word it describes the person ("far-right opposition leader").
  // "senior adviser for Africa": with the "for/of" complement that names a post, "senior" is the post's rank, not praise.
  // "Colorado party senator": a party written before an elected seat tells the person's party, not the office.
  const partyOfSeat = (t: Token) => t.lower === 'party' && !t.capitalized && ELECTED_SEATS.has(tokens[headIndex]!.lower);
  // "Senior Minister at the Prime Minister's Office" is an office in Title Case; "a senior minister" is praise.
  const dropped = (t: Token) => (DROPPED.has(t.lower) && !(t.lower === 'senior' && complement !== '') && !(OFFICE_WHEN_CAPITALISED.has(t.lower) && t.capitalized && tokens[headIndex]!.capitalized)) || partyOfSeat(t);
  // "Communist Party chief": a leaning that names the party ("Communist Party") is part of the title.
  const namesParty = (i: number) => titleTokens[i + 1]?.lower === 'party';
  // "the Conservative leader, X": a leaning capitalised inside a sentence before a lower-case head is the party's name, which qualifies
  // the person, not the office (as "Democratic Party leader X" is a Leader); at the start of a sentence the capital says nothing.
  const partyName = (t: Token) => t.capitalized && t.start > 0 && !tokens[headIndex]!.capitalized;
  const kept = occupation ? titleTokens : titleTokens.filter((t, i) => !dropped(t) && !NOT_CURRENT.has(t.lower) && (!LEANINGS.has(t.lower) || namesParty(i) || (partyRole && i === titleTokens.length - 2 && !partyName(t))));
  if (kept[0]?.lower === 'ex') kept[0] = { ...kept[0], text: 'Former' };
  const title = titleCase(kept.map(titleText).join(' ').replace(/ ,/g, ',') + (occupation ? '' : complement));
  const joint = jointBefore(tokens, phraseStart, nameStart);
  const coordinated = joint !== undefined
    ? ownTitleOfAnother(tokens, titleBefore(tokens, joint, countries, false, closesAtAnd(tokens, joint, nameStart, beforeName, countries)), nameStart)
    : caseBreak(tokens, phraseStart, countries)
      ? titleBefore(tokens, phraseStart, countries)
      : stackedTitle(tokens, phraseStart, headIndex, countries);
  if (coordinated) countryCode ??= coordinated.countryCode;
  return { title, countryCode, notCurrent, startToken: coordinated?.startToken ?? phraseStart, endToken: nameStart, coordinated, ...(plural ? { plural } : {}), ...(honorificOnly ? { honorificOnly } : {}) };
}

/**
 * "the army chief Field Marshal X": a lower-case head right before a
 * capitalised title word ends one title and the capitalised one opens
 * another; both are the person's.
 */
function caseBreak(tokens: Token[], start: number, countries: CountryMention[]): boolean {
  // "Pakistan's army chief, Field Marshal X": a comma may stand between the two.
  const at = tokens[start - 1]?.text === ',' ? start - 2 : start - 1;
  const before = tokens[at];
  const first = tokens[start];
  // "his counterpart, Foreign Minister X": a counterpart is the other side's office, which the capitalised title already names.
  // "di-Pertuan Agong": a word with a capital inside is not lower case.
  return before !== undefined && first !== undefined && before.word && before.text === before.text.toLowerCase() && before.lower !== 'counterpart' && first.word && first.capitalized && isHeadAt(tokens, at, countries);
}

/**
 * "by Mario Draghi, then prime minister, and French President X": a title
 * set off by commas right after a name is that name's, not a second title of
 * the name after "and". Returns the title unless it is such an apposition.
 */
function ownTitleOfAnother(tokens: Token[], phrase: TitlePhrase | undefined, nameStart: number): TitlePhrase | undefined {
  // Read after a name ("X, Deputy Ruler, National Security Adviser and …,"), a list of titles is all that name's.
  if (!phrase || !tokens[nameStart]?.word || !tokens[nameStart]!.capitalized) return phrase;
  const comma = tokens[phrase.startToken - 1];
  const name = tokens[phrase.startToken - 2];
  const apposition = comma?.text === ',' && name !== undefined && name.word && name.capitalized && !isTitleWord(name);
  return apposition ? undefined : phrase;
}

/**
 * "Assistant Foreign Minister for Arab Affairs Ambassador X", "Minister of
 * Amiri Diwan Affairs Sheikh Y": capitalised modifiers before a head that
 * close the "of"/"for" complement of an earlier head belong to that title;
 * the head after them is a title of its own. Returns where the phrase of the
 * head starts: the head itself in that case, else `start`.
 */
function closesAnotherComplement(tokens: Token[], start: number, headIndex: number): number {
  if (start >= headIndex || !tokens[start]!.capitalized) return start;
  for (let k = start - 1; k > 0 && k >= start - 6; k--) {
    const t = tokens[k]!;
    if (/^(?:of|for)$/.test(t.lower)) return isHead(tokens[k - 1]!) ? headIndex : start;
    if (!t.word || !t.capitalized || isHead(t)) return start;
  }
  return start;
}

/**
 * "The Custodian of the Two Holy Mosques King X", "Chief of Army Staff
 * General Y": a capitalised title with an "of" complement, written right
 * before another capitalised title, is a second title of the same person.
 */
function stackedTitle(tokens: Token[], phraseStart: number, headIndex: number, countries: CountryMention[]): TitlePhrase | undefined {
  const last = tokens[phraseStart - 1];
  if (!last?.word || !last.capitalized || isHead(last) || !tokens[phraseStart]!.capitalized || !tokens[headIndex]!.capitalized) return undefined;
  if (countryOfToken(tokens, phraseStart - 1, countries)) return undefined;
  const phrase = titleBefore(tokens, phraseStart, countries, true);
  return phrase && !phrase.notCurrent && / (?:of|for) /.test(phrase.title) && /^\p{Lu}/u.test(phrase.title) ? phrase : undefined;
}

/**
 * True when the "and" at `joint` closes the title before it as a comma would:
 * in a list of titles after a name ("X, a member of … and director of …,"),
 * or where the words before it end an institution's name ("Member of the
 * Political Bureau of the CPC Central Committee and Foreign Minister X"), not
 * another person's name ("Minister of Trade Ana Ruiz and Minister of …").
 */
function closesAtAnd(tokens: Token[], joint: number, nameStart: number, beforeName: boolean, countries: CountryMention[]): boolean {
  if (tokens[joint]?.lower !== 'and') return false;
  if (!beforeName && /^[,.;:)]$/.test(tokens[nameStart]?.text ?? '.')) return true;
  const last = tokens[joint - 1];
  // "First Secretary of the Communist Party of Cuba and President X": a complement that ends in a country ends there; no name stands before the "and".
  if (last !== undefined && tokens[joint - 2]?.lower === 'of' && countries.some((c) => c.end === last.end)) return true;
  return last !== undefined && last.capitalized && (INSTITUTION_WORDS.has(last.lower) || /^(?:bureau|congress|party|senate|house|government)$/.test(last.lower));
}

/**
 * When another title is joined before the phrase at `phraseStart`, the index
 * of the joint: "Deputy Prime Minister and Foreign Minister", or a comma
 * inside a list of titles that "and" closes ("Deputy Crown Prince, Second
 * Deputy Premier and Minister of Defense"), which is the case when the phrase
 * is itself followed by "and" or a comma of that list. "former prime minister
 * and now Senate president": a word of time after "and" is part of the joint.
 */
function jointBefore(tokens: Token[], phraseStart: number, nameStart: number): number | undefined {
  const joint = tokens[phraseStart - 1];
  if (joint?.lower === 'and') return phraseStart - 1;
  if (/^(?:now|later|currently)$/.test(joint?.lower ?? '') && tokens[phraseStart - 2]?.lower === 'and') return phraseStart - 2;
  return joint?.text === ',' && /^(?:and|,)$/.test(tokens[nameStart]?.lower ?? '') ? phraseStart - 1 : undefined;
}

/**
 * True when the token before `start` joins two portfolios of one office:
 * "Transport and Infrastructure Minister", "Investment, Trade and Industry
 * Minister". Both sides are modifiers, not offices ("Deputy Prime Minister
 * and Foreign Minister" is two titles), and a plural head ("the interior and
 * foreign ministers") is one office each.
 */
function joinsPortfolios(tokens: Token[], start: number, headIndex: number, plural: boolean): boolean {
  const joint = tokens[start - 1];
  const left = tokens[start - 2];
  const right = tokens[start];
  if (plural || !joint || !left || !right || start >= headIndex) return false;
  if (joint.lower !== 'and' && joint.text !== ',') return false;
  const portfolio = (t: Token) => isModifier(t) && !isHead(t) && !DROPPED.has(t.lower) && !LEANINGS.has(t.lower) && t.capitalized === right.capitalized;
  if (!portfolio(left) || !portfolio(right)) return false;
  // "Minister of Finance and Coordinating Minister": a portfolio in another title's "of" complement ends that title.
  // "in the presence of Energy and Natural Resources Minister X": after a noun that is no title, "of" opens no complement.
  if (/^(?:of|for)$/.test(tokens[start - 3]?.lower ?? '') && tokens[start - 4] !== undefined && isTitleWord(tokens[start - 4]!)) return false;
  // A comma joins portfolios only in a list that "and" closes before the head.
  return joint.lower === 'and' || tokens.slice(start, headIndex).some((t) => t.lower === 'and');
}

/**
 * "Minister of Foreign Affairs, Emigration and Egyptian Expatriates of the
 * Arab Republic of Egypt, X": in a title closed by a comma, one capitalised
 * word listed between commas, "and" or a portfolio word, before a comma,
 * "and" or "of", is a portfolio of the office. A run of several such words
 * ("of Peru, Pedro Pablo Kuczynski, and Ecuador") is a name, not a list.
 */
function listedPortfolio(tokens: Token[], k: number, bounded: boolean, countries: CountryMention[]): boolean {
  const t = tokens[k]!;
  if (!bounded || !t.word || !t.capitalized || isTitleWord(t)) return false;
  const separator = (x: Token | undefined) => x !== undefined && (x.text === ',' || x.lower === 'and');
  const prev = tokens[k - 1];
  const listedAfter = separator(prev) || (prev !== undefined && (COMPLEMENT_WORDS.has(prev.lower) || countryOfToken(tokens, k - 1, countries) !== undefined));
  return listedAfter && (separator(tokens[k + 1]) || tokens[k + 1]?.lower === 'of');
}

/**
 * "Minister of Foreign Affairs, African Cooperation and Senegalese
 * Expatriates X": a capitalised word in a list of portfolios that commas and
 * a closing "and" join between a head's "of" or "for" and the name at `end`.
 * The "and" stands before the last item (and its nationality), so a name
 * after a plain complement ("Minister of Trade Ana Ruiz") is no item of it.
 */
function inPortfolioList(tokens: Token[], k: number, end: number, countries: CountryMention[]): boolean {
  const t = tokens[k]!;
  if (!t.word || !t.capitalized || isHead(t)) return false;
  let comma = false;
  let lastAnd = -1;
  for (let j = end - 1; j > 0 && j >= end - 16; j--) {
    const w = tokens[j]!;
    if (/^(?:of|for)$/.test(w.lower) && isHead(tokens[j - 1]!)) return j < k && comma && lastAnd > j && end - lastAnd <= 3 && itemsArePortfolios(tokens, j, end, countries);
    if (w.text === ',') comma = true;
    else if (w.lower === 'and') lastAnd = Math.max(lastAnd, j);
    else if (!(w.word && (w.capitalized || COMPLEMENT_WORDS.has(w.lower))) && !countryOfToken(tokens, j, countries)) return false;
  }
  return false;
}

/**
 * The items of the list after the "of" at `of` up to `end`, split at commas and "and":
 * an item of two words or more holds a portfolio word or a nationality
 * ("African Cooperation", "Senegalese Expatriates"); one of plain capitalised
 * words ("Kofi Mensah") is a person's name, and the list no list of portfolios.
 */
function itemsArePortfolios(tokens: Token[], of: number, end: number, countries: CountryMention[]): boolean {
  let item: number[] = [];
  const ok = () => item.length < 2 || item.some((j) => isTitleWord(tokens[j]!) || countryOfToken(tokens, j, countries) !== undefined || ABSTRACT_NOUN.test(tokens[j]!.lower));
  for (let j = of + 1; j < end; j++) {
    const w = tokens[j]!;
    if (w.text === ',' || w.lower === 'and' || w.lower === 'of' || w.lower === 'for') {
      if (!ok()) return false;
      item = [];
    } else if (w.word && w.capitalized) item.push(j);
    else item = [];
  }
  return ok();
}

/** English suffixes of abstract nouns, which end no given name and name portfolios: "Coordination", "Development", "Security", "Leadership". */
export const ABSTRACT_NOUN = /(?:tion|sion|ment|ness|ity|ship|ism)$/;

/**
 * "Indonesia's first president": a lower-case ordinal right before a
 * lower-case head tells who came first, not the office; a capitalised one
 * ("First Secretary", "Second Deputy Premier") is part of the title.
 */
function withoutOrdinal(titleTokens: Token[]): Token[] {
  // "the first President of Uzbekistan": a lower-case ordinal says the same before a capitalised head.
  // "Mauritius's first prime minister", "Egypt's first democratically elected president": before other title words too,
  // except the ranks of an office ("first deputy prime minister", "first vice-president").
  // "the First President of the Republic of Uzbekistan": a president has no first rank, so a capitalised ordinal right before the head counts too.
  const ordinalOfPresident = (i: number) => i === titleTokens.length - 2 && titleTokens[i + 1]!.lower === 'president';
  const at = titleTokens.findIndex((t, i) => i < titleTokens.length - 1 && (!t.capitalized || ordinalOfPresident(i)) && /^(?:first|second)$/.test(t.lower));
  if (at < 0 || /^(?:deputy|vice|vice-president|vice-chairman|lady|gentleman)$/.test(titleTokens[at + 1]!.lower)) return titleTokens;
  return [...titleTokens.slice(0, at), ...titleTokens.slice(at + 1)];
}

/**
 * A word of an institution's name inside a complement closed by a comma:
 * "chairman of the Standing Committee of the National People's Congress,",
 * "the speaker of parliament,". Capitalised words, the possessive and an
 * inner "of" qualify, and the lower-case names of chambers.
 */
function institutionWord(t: Token): boolean {
  return (t.word && t.capitalized) || t.lower === "'s" || t.lower === 'of' || /^(?:parliament|senate|assembly|congress|council|committee|commission|board|party|house)$/.test(t.lower);
}

/** The number of tokens (up to three) of a gazetteer city whose name ends at token `k`, or 0: "Abu Dhabi", "Tokyo". */
function cityEndingAt(tokens: Token[], k: number): number {
  for (let n = Math.min(3, k + 1); n >= 1; n--) {
    const words = tokens.slice(k - n + 1, k + 1);
    if (!words.every((w) => w.word && w.capitalized)) continue;
    if (countryOfCity(words.map((w) => w.text).join(' '))) return n;
  }
  return 0;
}

/** Days and months, which are when something happened, not a brief: "the adviser to the president on Monday". */
const CALENDAR_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * "Special Adviser to the President on Information and Strategy,": an adviser
 * to an office with the brief written after it. Returns the index of "to",
 * or -1. The brief's capitalised words end where the title does (at `end`).
 */
function servedOnBrief(tokens: Token[], end: number): number {
  for (let p = end - 1; p >= Math.max(4, end - 8); p--) {
    const t = tokens[p]!;
    if (t.lower === 'on' || t.lower === 'for') {
      const served = tokens[p - 1]!;
      const brief = tokens.slice(p + 1, end);
      const plain = brief.length > 0 && brief.every((b) => (b.word && b.capitalized && !CALENDAR_WORDS.test(b.lower)) || b.lower === 'and');
      return plain && isHead(served) && tokens[p - 2]!.lower === 'the' && tokens[p - 3]!.lower === 'to' && isHead(tokens[p - 4]!) ? p - 3 : -1;
    }
    if (!((t.word && t.capitalized) || t.lower === 'and')) return -1;
  }
  return -1;
}

/**
 * "of the Republic", "of that country", "of the country" right before token
 * `end`, after a title head: where the "of" stands, and the country "that
 * country" points back to (the last one named before it in the sentence).
 */
function stateByWord(tokens: Token[], end: number, countries: CountryMention[]): { of: number; code?: string } | undefined {
  const [of, det, noun] = [tokens[end - 3], tokens[end - 2], tokens[end - 1]];
  if (of?.lower !== 'of' || !/^(?:the|that|this)$/.test(det?.lower ?? '') || !/^(?:republic|country|nation)$/.test(noun?.lower ?? '')) return undefined;
  if (end - 4 < 0 || !isHead(tokens[end - 4]!)) return undefined;
  // "the Republic" names the story's own state, which a title gives no clue to; "that country" points back.
  const code = noun!.lower === 'republic' ? undefined : countries.filter((c) => c.end <= of.start).pop()?.code;
  return { of: end - 3, code };
}

/** A complement's own wording for the country itself: "the Republic of Kenya", "the State of Kuwait". */
const STATE_WORDS = /^(?:the|republic|kingdom|state|federation|sultanate|emirate|union|federal|islamic|people's|democratic|united)$/;

/**
 * "President of the Republic of Kenya", "Cabinet Secretary for Trade of
 * Kenya": an "of Country" that closes a complement gives the title's country,
 * not its wording. Returns where that ending starts (taking "the Republic"
 * before it along) and the country.
 */
function trailingCountry(tokens: Token[], from: number, end: number, countries: CountryMention[]): { start: number; code: string } | undefined {
  for (let p = end - 1; p > from; p--) {
    const country = countryOfToken(tokens, p, countries);
    if (!country || country.city || p + country.tokens !== end) continue;
    let start = p;
    while (start - 1 >= from && STATE_WORDS.test(tokens[start - 1]!.lower)) start--;
    if (start === from) return { start, code: country.code };
    if (tokens[start - 1]?.lower !== 'of') return undefined;
    // "the Communist Party of Vietnam", "the National Assembly of Kenya": the country is part of the body's name.
    if (/^(?:party|council|assembly|congress|parliament|bank|court|commission|committee|front|movement|league|union)$/.test(tokens[start - 2]?.lower ?? '')) return undefined;
    start--;
    while (start - 1 >= from && STATE_WORDS.test(tokens[start - 1]!.lower)) start--;
    return { start, code: country.code };
  }
  return undefined;
}

/** "then-Ethiopian", "former-Soviet": a nationality joined to a word of time, which the country scan reads as one word. */
function timeMarkedNationality(token: Token): { code: string; tokens: number } | undefined {
  const m = /^(?:then|former|ex)-(\p{Lu}[\p{L}]+)$/u.exec(token.text);
  const word = m ? findCountryWord(m[1]!) : undefined;
  return word && (word.kind === 'demonym' || word.kind === 'name') ? { code: word.code, tokens: 1 } : undefined;
}

/** Heads of the offices of a city or its region, whose "of City" says where they serve: "Mayor of Dushanbe", "Akim of Almaty". */
const CITY_HEADS = new Set(['mayor', 'governor', 'akim']);

/** Heads of the titles of envoys, who serve in a place that is not their country. */
const ENVOY_HEADS = new Set(['ambassador', 'envoy', 'consul', 'attaché', 'representative', 'correspondent']);

/** "ambassador in Buenos Aires": the index of "in" when an envoy's head comes before "in" and a city or country ending at `end`. */
function envoyPostedIn(tokens: Token[], end: number, countries: CountryMention[]): number | undefined {
  for (let k = end - 1; k >= Math.max(1, end - 4); k--) {
    if (tokens[k]!.lower !== 'in') continue;
    if (!ENVOY_HEADS.has(tokens[k - 1]!.lower)) return undefined;
    const city = cityEndingAt(tokens, end - 1);
    const place = city > 0 && end - city === k + 1;
    return place || onlyCountryAfter(tokens, k + 1, end, countries) ? k : undefined;
  }
  return undefined;
}

/** True when tokens [from, to) are one country's name, with "the" before it: "Angola", "the United States". */
function onlyCountryAfter(tokens: Token[], from: number, to: number, countries: CountryMention[]): boolean {
  const first = tokens[from]?.lower === 'the' ? from + 1 : from;
  const country = first < to ? countryOfToken(tokens, first, countries) : undefined;
  return country !== undefined && !country.city && first + country.tokens === to;
}

/** True when tokens [from, to) are country names joined by "and" and commas. */
function onlyCountries(tokens: Token[], from: number, to: number, countries: CountryMention[]): boolean {
  let k = from;
  let named = 0;
  while (k < to) {
    const t = tokens[k]!;
    if (t.lower === 'and' || t.text === ',') {
      k++;
      continue;
    }
    const country = countryOfToken(tokens, k, countries);
    if (!country) return false;
    named++;
    k += country.tokens;
  }
  return named >= 2;
}

/** A title head in the plural: "ministers", "presidents", "secretaries". */
function isPluralHead(token: Token): boolean {
  return token.word && token.lower.length > 4 && token.lower.endsWith('s') && TITLE_HEADS.has(singularWord(bareTitleWord(token.lower)));
}

function singularWord(word: string): string {
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/, '');
}

/** The token of a plural head as its singular: "ministers" → "minister", "then-presidents" → "then-president". */
function singularToken(token: Token): Token {
  return { ...token, text: singularWord(token.text), lower: singularWord(token.lower) };
}

/**
 * The words of an occupation title, without the field written before it:
 * "defence analyst" → [analyst], "chief executive" stays whole. Undefined
 * when the head is an office, not an occupation.
 */
function occupationOf(titleTokens: Token[]): Token[] | undefined {
  const head = titleTokens[titleTokens.length - 1];
  if (!head) return undefined;
  for (const n of [3, 2]) {
    const words = titleTokens.slice(-n);
    if (words.length === n && COMPOUND_OCCUPATIONS.has(words.map((t) => t.lower).join(' '))) return withRank(titleTokens, words);
  }
  return OCCUPATIONS.has(head.lower) ? withRank(titleTokens, [head]) : undefined;
}

/** Ranks that are part of an occupation's title: "senior lecturer", "associate professor", "senior research fellow". */
const RANKS = new Set(['senior', 'associate', 'assistant', 'principal', 'visiting']);

/** The occupation's words with the rank written right before them, if any. */
function withRank(titleTokens: Token[], occupation: Token[]): Token[] {
  const rank = titleTokens[titleTokens.length - occupation.length - 1];
  return rank && RANKS.has(rank.lower) ? [rank, ...occupation] : occupation;
}

/**
 * An occupation written after a name, with any field before it: "X, a
 * defence analyst at …", "X, an independent Horn of Africa analyst based in
 * …", "X, chief executive of …", "X, a professor of politics at …". Reads
 * from `from` (the token after the comma).
 */
export function occupationAfter(tokens: Token[], from: number): TitlePhrase | undefined {
  let i = from;
  if (/^(?:a|an|the)$/.test(tokens[i]?.lower ?? '')) i++;
  for (let k = i; k < Math.min(tokens.length, i + 7); k++) {
    const t = tokens[k]!;
    if (!t.word) return undefined;
    const next = tokens[k + 1];
    const ends = !next || !next.word || /^(?:at|of|in|with|for|from|based|who|and|on)$/.test(next.lower);
    const pair = k > i ? `${tokens[k - 1]!.lower} ${t.lower}` : '';
    if (ends && COMPOUND_OCCUPATIONS.has(pair)) return occupationPhrase(withRank(tokens.slice(i, k + 1), tokens.slice(k - 1, k + 1)), from, k + 1);
    if (ends && OCCUPATIONS.has(t.lower)) return occupationPhrase(withRank(tokens.slice(i, k + 1), [t]), from, k + 1);
  }
  return undefined;
}

function occupationPhrase(words: Token[], startToken: number, endToken: number): TitlePhrase {
  return { title: titleCase(words.map((w) => w.text).join(' ')), notCurrent: false, startToken, endToken };
}

/** A capitalised seat-of-government word used as an adjective: "Kremlin spokesman". */
function isSeatWord(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.capitalized && findSeatOfGovernment(t.text) !== undefined && findCountryWord(t.text)?.kind === 'seat';
}

/** "Yang" of "Yang di-Pertuan": a word of a title only there ("Wang Yang" is a name). */
export function isMalayStyleAt(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === 'yang' && tokens[i + 1]?.lower === 'di-pertuan';
}

/** True for a token that can be part of a title in Title Case ("Deputy", "Minister", "Kremlin"). */
export function isTitleWord(token: Token): boolean {
  return isHead(token) || isModifier(token);
}
