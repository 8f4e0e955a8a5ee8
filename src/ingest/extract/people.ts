/**
 * People stage: names introduced with a title ("Russian Foreign Minister
 * Sergei Lavrov"), an appositive title ("Ivan Gil, Venezuela's deputy foreign
 * minister,") or recognised by compromise, then every later mention by
 * surname or another spelling ("Sergey"/"Sergei", "Nicolás"/"Nicolas"),
 * possessives included.
 */
import nlp from 'compromise';
import { foldName } from '../../people/names.ts';
import type { ExtractedPerson, ExtractedRole } from '../types.ts';
import { inRanges, quotedRanges } from '../text.ts';
import { countryOfCity } from '../../countries/catalog.ts';
import type { ArticleContext, ReadSentence, Token } from './context.ts';
import type { CountryMention } from './countries.ts';
import { ABSTRACT_NOUN, ADDRESS_WORDS, abbreviatedRankBefore, isAddressAbbreviation, isAddressOnly, isHeadAt, isMalayStyleAt, isTitleWord, occupationAfter, TITLE_HEADS, titleBefore, type TitlePhrase } from './roles.ts';

/** One mention of a person in a sentence. */
export interface PersonMention {
  /** Index into the people list. */
  person: number;
  sentence: number;
  /** Offset of the mention within the sentence. */
  start: number;
  end: number;
  /** Inside a quotation: the person is talked about, not acting. */
  quoted: boolean;
}

/** The people of an article and where each is mentioned. */
export interface PeopleResult {
  people: ExtractedPerson[];
  mentions: PersonMention[];
}

/** Lower-case joining words inside names: "Tareck El Aissami", "Luiz Inácio Lula da Silva", "Daniel arap Moi". */
const PARTICLES = new Set(['arap', 'el', 'al', 'de', 'del', 'da', 'das', 'do', 'dos', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'la', 'le', 'di', 'du', 'y']);

/** Capitalised words that are not names: sentence openers, pronouns, calendar words. */
const NOT_NAME = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'to', 'by', 'with', 'from', 'and', 'but', 'or', 'as', 'after', 'before',
  'later', 'earlier', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our', 'this', 'that',
  'these', 'those', 'there', 'here', 'according', 'following', 'while', 'when', 'since', 'during', 'under', 'over', 'thanks',
  'visits', 'russia', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr',
  'sir', 'dame', 'madam', 'lady', 'lord', 'st', 'saint', 'twitter', 'facebook', 'telegram', 'instagram', 'youtube', 'x', 'god',
  'western', 'eastern', 'northern', 'southern', 'soviet', 'nazi', 'islamic', 'christian', 'muslim', 'jewish', 'catholic',
  'chavism', 'chavista', 'bolivarian', 'communist', 'socialist', 'all', 'both', 'each', 'some', 'many', 'most', 'if', 'so',
  'also', 'yet', 'not', 'no', 'yes', 'do', 'does', 'did', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'what', 'who', 'why', 'how', 'where', 'which', 'latin', 'new',
  // Forms of address before a name: "His Highness Sheikh …", "Datuk Seri Anwar Ibrahim", "His Eminence".
  ...ADDRESS_WORDS, 'eminence', 'holiness',
  // Salutations of speeches and letters: "Dear Vladimir Vladimirovich"; "Last June", "Next May".
  'dear', 'last', 'next',
  // Words of a title's complement, never of a name: "Chief of Army Staff", "Assistant Secretary for African Affairs".
  'staff', 'affairs',
]);

/** Words that make a capitalised run an organisation, place or event rather than a person. */
const NOT_PERSON_WORDS = new Set([
  'palace', 'square', 'street', 'house', 'times', 'news', 'agency', 'ministry', 'party', 'council', 'union', 'bank', 'company',
  'group', 'forces', 'army', 'navy', 'office', 'assembly', 'parliament', 'congress', 'senate', 'court', 'university', 'institute',
  'foundation', 'airport', 'station', 'hall', 'center', 'centre', 'committee', 'commission', 'organization', 'organisation',
  'republic', 'kingdom', 'states', 'nations', 'federation', 'corporation', 'corp', 'inc', 'ltd', 'airlines', 'post', 'press',
  'media', 'tv', 'radio', 'channel', 'summit', 'forum', 'meeting', 'conference', 'dialogue', 'talks', 'war', 'day', 'road', 'avenue', 'island', 'islands', 'sea', 'ocean',
  'gulf', 'river', 'mountains', 'prize', 'cup', 'games', 'agreement', 'treaty', 'accord', 'plan', 'initiative', 'policy',
  'guard', 'police', 'service', 'services', 'department', 'administration', 'government', 'cabinet', 'embassy', 'consulate',
  'hotel', 'universidad', 'université', 'universität', 'università', 'universiti', 'universitas', 'instituto', 'port',
  'museum', 'cathedral', 'church', 'mosque', 'temple', 'stadium', 'park', 'bridge', 'tower', 'building', 'plaza', 'avenida',
  'coast', 'valley', 'basin', 'strait', 'canal', 'peninsula', 'province', 'region', 'state', 'city', 'county', 'district',
  'group', 'alliance', 'bloc', 'fund', 'program', 'programme', 'project', 'network', 'system', 'movement', 'front', 'league',
  'oil', 'gas', 'energy', 'petroleum', 'motors', 'holdings', 'exchange', 'market', 'index', 'general', 'guaranty', 'policy',
  'american', 'european', 'african', 'asian', 'arab', 'latin', 'east', 'west', 'north', 'south', 'middle', 'pacific', 'atlantic',
  'interfax', 'reuters', 'tass', 'ria', 'efe', 'afp', 'xinhua', 'bloomberg', 'associated', 'novosti', 'sputnik', 'pdvsa',
  // Buildings in other languages: "Casa de Nariño", "Palacio de las Garzas", "Qasr Al Shati", "Palazzo Chigi".
  'casa', 'palacio', 'palais', 'palazzo', 'qasr', 'schloss', 'villa', 'mansion', 'lodge', 'residence', 'quinta', 'hacienda',
  // Courtyards of palaces: "the Patio de Honor", "the Cour d'honneur".
  'patio', 'cour', 'courtyard',
  // Parts of a document: "Annex C", "Article 5", "Protocol II".
  'annex', 'appendix', 'article', 'articles', 'chapter', 'clause', 'section', 'protocol', 'schedule',
  // Heads of the names of sights and grounds: "Adelaide Zoo", "Hawa Mahal", "Red Fort", "Botanic Gardens".
  'zoo', 'mahal', 'fort', 'fortress', 'citadel', 'garden', 'gardens', 'aquarium', 'library', 'theatre', 'theater', 'observatory',
  'memorial', 'monument', 'mausoleum', 'shrine', 'arena',
  // Events named as proper nouns: "the Cuban Revolution", "the Islamic Revolution", "the General Debate" of the UN.
  'revolution', 'debate', 'uprising', 'independence',
  // Public bodies: "the General Authority for Statistics", "the Directorate of Communications".
  'authority', 'directorate', 'secretariat', 'inspectorate',
  // The press in other languages: "Prensa Latina", "Agence France-Presse", "Agencia Brasil".
  'prensa', 'presse', 'agence', 'agencia', 'agência', 'agenzia',
  // Heads of companies' names: "Thales Alenia Space", "BAE Systems", "Korea Aerospace Industries", "Qatar Airways".
  'space', 'aerospace', 'systems', 'technologies', 'electronics', 'airways', 'industries',
]);

/** Verbs of speech and action that follow a person's name: evidence a capitalised pair is a person. */
const PERSON_VERBS = /^(?:said|says|told|added|stated|wrote|announced|declared|noted|stressed|insisted|warned|urged|met|meets|visited|visits|arrived|called|tweeted|posted|reiterated|signed|spoke|praised|thanked|welcomed|received|hosted|has|had|is|was|will)$/;

interface Candidate {
  /** The name is a place's, as an apposition says ("X, the largest island in …"): no person, here or elsewhere in the article. */
  place?: boolean;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  name: string;
  title?: TitlePhrase;
  /** A second title given in a relative clause: "X, who is also Minister for Trade,". */
  alsoTitle?: TitlePhrase;
  /** A one-word name after a monarch's style ("Sultan Ibrahim"): the style as written. */
  regnal?: string;
  /** A rank written as an abbreviation before the name: "Gen Omar Rahim" → General. */
  rank?: TitlePhrase;
}

/** The styles of monarchs, written before a one-word regnal name: "King Charles", "Sultan Ibrahim", "Emperor Naruhito". */
const MONARCH_STYLES = /^(?:king|queen|sultan|emir|amir|emperor|empress)$/i;

/**
 * "X, who is also Minister for Trade and Industry,": a relative clause that
 * says what the person is gives a title that holds now.
 */
function relativeTitle(tokens: Token[], runEnd: number, countries: CountryMention[]): TitlePhrase | undefined {
  if (tokens[runEnd]?.text !== ',' || tokens[runEnd + 1]?.lower !== 'who') return undefined;
  if (tokens[runEnd + 2]?.lower !== 'is') return titleAsIn(tokens, runEnd + 2, countries);
  let from = runEnd + 3;
  if (tokens[from]?.lower === 'also') from++;
  let stop = from;
  while (stop < tokens.length && stop < from + 14 && !/^[,.;:()]$/.test(tokens[stop]!.text)) stop++;
  const phrase = titleBefore(tokens, stop, countries);
  if (!phrase || phrase.notCurrent) return undefined;
  return tokens.slice(from, phrase.startToken).every((t) => ['the', 'a', 'an'].includes(t.lower)) ? phrase : undefined;
}

/**
 * "Morarji Desai was the last Indian prime minister to visit Poland", "X
 * became the first Kenyan president to address the assembly": a name that
 * is "the first/last/only <title> to …" held that title, of the country
 * named with it.
 */
function predicativeTitle(tokens: Token[], runEnd: number, countries: CountryMention[]): TitlePhrase | undefined {
  if (!/^(?:is|was|became|becomes)$/.test(tokens[runEnd]?.lower ?? '') || tokens[runEnd + 1]?.lower !== 'the') return undefined;
  if (!/^(?:first|last|only|second|third)$/.test(tokens[runEnd + 2]?.lower ?? '')) return undefined;
  const from = runEnd + 3;
  let to = from;
  while (to < tokens.length && to < from + 8 && tokens[to]!.word && tokens[to]!.lower !== 'to') to++;
  if (tokens[to]?.lower !== 'to' || to === from) return undefined;
  const phrase = titleBefore(tokens, to, countries);
  return phrase && !phrase.notCurrent && phrase.startToken === from ? phrase : undefined;
}

/**
 * "X, who led the talks as Starmer's national security adviser,", "Y, who
 * served as foreign minister until 2019,": the office a relative clause says
 * the person acted "as". Reads the clause from `from` to its comma.
 */
function titleAsIn(tokens: Token[], from: number, countries: CountryMention[]): TitlePhrase | undefined {
  let stop = from;
  while (stop < tokens.length && stop < from + 16 && !/^[,.;:()]$/.test(tokens[stop]!.text)) stop++;
  if (!/^[,.;:)]$/.test(tokens[stop]?.text ?? '.')) return undefined;
  const as = tokens.slice(from, stop).map((t) => t.lower).lastIndexOf('as') + from;
  if (as < from) return undefined;
  // "as foreign minister until 2019": the title ends before a word of time.
  let end = stop;
  for (let k = as + 1; k < stop; k++) if (/^(?:until|since|from|in|between|during|for|before|after)$/.test(tokens[k]!.lower)) end = Math.min(end, k);
  const phrase = titleBefore(tokens, end, countries);
  if (!phrase || phrase.notCurrent || phrase.startToken <= as) return undefined;
  const opening = tokens.slice(as + 1, phrase.startToken);
  const owner = opening.length >= 2 && opening[opening.length - 1]!.lower === "'s" && opening.slice(0, -1).every((t) => t.word && t.capitalized) && opening.length <= 4;
  // "won a second term as an elected leader": an indefinite article says what kind of person, not which office.
  return opening.every((t) => /^(?:the|his|her|their)$/.test(t.lower)) || owner ? phrase : undefined;
}

/** Honorifics that stand inside a name when a name word follows and precedes them: "Hassan Sheikh Mohamud". */
const MID_NAME_HONORIFICS = new Set(['sheikh', 'sheik', 'shaikh']);

/** Arabic article joined to a name: "al-Sisi", "el-Sheikh", "bin-Salman". */
const JOINED_ARTICLE = /^(?:al|el|ad|as|ash|at|an|ar|az|bin|ibn|abu|abd|ben)-\p{Lu}/u;

/** Regnal numbers and generational suffixes that end a name: "Mohammed VI", "Ferdinand Marcos Jr". */
const NAME_SUFFIX = /^(?:I{1,3}|IV|VI{0,3}|IX|X{1,3}|Jr|Sr)$/;

/** NAME_SUFFIX for folded (lower-case) name words. */
const FOLDED_SUFFIX = /^(?:i{1,3}|iv|vi{0,3}|ix|x{1,3}|jr|sr)$/;

function isNameToken(t: Token, covered: (t: Token) => boolean): boolean {
  if (t.word && JOINED_ARTICLE.test(t.text)) return true;
  if (!t.word || !t.capitalized) return false;
  // "Paris-based", "London-born": a place made a modifier, never part of a name.
  if (/-(?:based|born|headquartered|listed|owned|led|backed)$/i.test(t.text)) return false;
  if (NOT_NAME.has(t.lower) || isTitleWord(t) || covered(t)) return false;
  // "Foreign Ministers A and B": a title in the plural stands before several names, never inside one.
  if (TITLE_HEADS.has(t.lower.replace(/s$/, '')) && t.lower.endsWith('s')) return false;
  // Acronyms ("RIA", "PDVSA", "TV") are organisations, not names; an initial ("S.") is part of a name.
  if (t.text.length >= 2 && t.text === t.text.toUpperCase() && !/^\p{Lu}\.$/u.test(t.text)) return false;
  return /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(t.text);
}

/** Styles that are also family names: "Stephanie Pope", "Coretta Scott King". */
const SURNAME_TITLES = new Set(['pope', 'king', 'prince', 'marshal']);

/**
 * "Boeing chief executive Stephanie Pope signed …": a style that is also a
 * family name, right after a given name and before no other name word (not
 * "King" of "Charles King Gustaf", not "of"), ends the name, not a title.
 */
function isSurnameTitle(tokens: Token[], j: number, runStart: number, isName: (k: number) => boolean): boolean {
  const t = tokens[j]!;
  if (j !== runStart + 1 || !SURNAME_TITLES.has(t.lower) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !/^\p{Lu}\p{Ll}+$/u.test(tokens[runStart]!.text)) return false;
  const next = tokens[j + 1];
  return next === undefined || (!(next.word && isName(j + 1)) && next.lower !== 'of' && !next.capitalized);
}

/** Months that are also surnames: "Theresa May", "Ngozi June". */
const SURNAME_MONTHS = new Set(['may', 'june', 'april', 'august']);

/** A month word after a first name and before no day number is a surname: "Theresa May met", not "on May 5". */
function isSurnameMonth(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  return t.capitalized && SURNAME_MONTHS.has(t.lower) && !/^\d/.test(tokens[j + 1]?.text ?? '');
}

/**
 * "Retno LP Marsudi": two capitals inside a name, between two name words,
 * are initials written without full stops, not an acronym.
 */
function innerInitials(tokens: Token[], j: number, isName: (k: number) => boolean): boolean {
  return /^\p{Lu}{2}$/u.test(tokens[j]!.text) && tokens[j + 1] !== undefined && isName(j + 1);
}

/**
 * "Vice President JD Vance", "Prime Minister P.V. Narasimha Rao": capitals
 * right after a title and before a name word are the person's initials, not
 * an acronym.
 */
function leadingInitials(tokens: Token[], j: number, isName: (k: number) => boolean, countries: CountryMention[]): boolean {
  const t = tokens[j]!;
  if (!/^(?:\p{Lu}{2}|(?:\p{Lu}\.){2,3})$/u.test(t.text) || covered(t, countries)) return false;
  return j > 0 && isHeadAt(tokens, j - 1, countries) && tokens[j + 1] !== undefined && isName(j + 1);
}

function covered(t: Token, countries: CountryMention[]): boolean {
  return countries.some((c) => t.start >= c.start && t.end <= c.end);
}

/** Abbreviations that are also names ("Gen Nakatani", "Hun Sen"): forms of address only with a full stop or before a full name. */
const NAME_OR_ADDRESS = new Set(['gen', 'sen']);

/**
 * "Amb. Kofi Mensah", "Sen. Ada Obi", "Gen Omar Rahim Khan": an abbreviated
 * form of address or rank before a name is not part of it.
 */
function isAddressAt(tokens: Token[], j: number, covered: (t: Token) => boolean): boolean {
  const t = tokens[j]!;
  if (!isAddressAbbreviation(t.lower)) return false;
  if (!NAME_OR_ADDRESS.has(t.lower)) return true;
  const next = tokens[j + 1];
  const after = tokens[j + 2];
  return next?.text === '.' || (next !== undefined && after !== undefined && isNameToken(next, covered) && isNameToken(after, covered));
}

/** Maximal runs of name tokens (with inner particles) in a sentence, as [start, end) token ranges. */
function nameRuns(tokens: Token[], covered: (t: Token) => boolean, countries: CountryMention[]): [number, number][] {
  const runs: [number, number][] = [];
  // "the Amir Sheikh Sabah": a word that is a title only in its place is no name there.
  // "wrote on X. Lee told reporters": the platform X with the sentence's full stop is no initial.
  const platform = (j: number) => tokens[j]!.text === 'X.' && tokens[j - 1]?.lower === 'on';
  const isName = (j: number) => isNameToken(tokens[j]!, covered) && !isHeadAt(tokens, j, countries) && !isAddressAt(tokens, j, covered) && !isMalayStyleAt(tokens, j) && !platform(j);
  // "President To Lam", "Chairman O Su Yong": a capitalised word of one or two letters after a title and before a name word
  // is a short family name written without its diacritics (the Vietnamese Tô), not a preposition that happens to be capitalised
  // (a form of address such as "Dr" is not one: "Tun Dr Mahathir").
  const shortFamilyName = (j: number) => /^\p{Lu}\p{Ll}?$/u.test(tokens[j]!.text) && !isAddressAbbreviation(tokens[j]!.lower) && j > 0 && isHeadAt(tokens, j - 1, countries) && tokens[j + 1] !== undefined && isName(j + 1);
  let i = 0;
  while (i < tokens.length) {
    if (!isName(i) && !leadingInitials(tokens, i, isName, countries) && !shortFamilyName(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      // "Luís Montenegro", "Ricardo Panama": a country's name after a first name is a surname.
      const countrySurname = j === i + 1 && covered(t) && isNameToken(t, () => false) && !covered(tokens[i]!);
      if (isName(j) || NAME_SUFFIX.test(t.text.replace(/\.$/, '')) || isSurnameMonth(tokens, j) || countrySurname || innerInitials(tokens, j, isName) || isSurnameTitle(tokens, j, i, isName)) {
        j++;
        continue;
      }
      // Joining words, possibly several ("de la Fuente"), or an honorific inside the name ("Hassan Sheikh Mohamud").
      let k = j;
      while (k < tokens.length && PARTICLES.has(tokens[k]!.lower)) k++;
      if (k === j && MID_NAME_HONORIFICS.has(t.lower)) k++;
      // "José de Lima Massano": after a particle, a place's name with a name word after it is one of the family names.
      const placeInName = k > j && tokens[k] !== undefined && covered(tokens[k]!) && isNameToken(tokens[k]!, () => false) && tokens[k + 1] !== undefined && isName(k + 1);
      if (k > j && tokens[k] && (isName(k) || placeInName)) j = k + 1;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** A word of an organisation, place or event, singular or plural ("Accords", "Palaces"). */
function isNotPersonWord(t: Token): boolean {
  return NOT_PERSON_WORDS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('s') && NOT_PERSON_WORDS.has(t.lower.slice(0, -1)));
}

/** The kind of body a possessive names just before its name: "his agency Blue Harbor Music", "its parent company Helios Motors". */
const BODY_BEFORE_NAME = /^(?:agency|company|firm|label|club|team|band|studio|publisher|broadcaster|newspaper|party|group|foundation|charity|carrier|airline|bank|employer|sponsor|distributor)$/;

/** "his agency X", "their club X": a possessive and the kind of body before a capitalised run make it that body's name. */
function namedAsBody(tokens: Token[], start: number): boolean {
  const kind = tokens[start - 1];
  const owner = tokens[start - 2]?.lower === 'parent' ? tokens[start - 3] : tokens[start - 2];
  return kind !== undefined && !kind.capitalized && BODY_BEFORE_NAME.test(kind.lower) && /^(?:his|her|its|their|our|my)$/.test(owner?.lower ?? '');
}

/** Heads of the names of places and bodies named after a person: "King Fahd International Airport", "the Nelson Mandela Centre". */
const NAMED_AFTER_HEADS = new Set([
  'airport', 'centre', 'center', 'university', 'institute', 'foundation', 'museum', 'library', 'stadium', 'hall', 'square', 'street',
  'avenue', 'boulevard', 'park', 'bridge', 'mosque', 'school', 'academy', 'hospital', 'prize', 'award', 'port', 'station', 'road',
  'highway', 'complex', 'palace', 'college', 'arena', 'memorial', 'mausoleum', 'cathedral', 'dam', 'canal', 'fund', 'scholarship', 'base',
]);

/** The text right after a name, " International Airport", names a place or a body after that person (as namesAfterPerson, on text). */
const PLACE_NAMED_AFTER = new RegExp(
  String.raw`^\s+(?:[A-Z][\w'’-]*\s+){0,2}?(?:${[...NAMED_AFTER_HEADS].map((h) => h[0]!.toUpperCase() + h.slice(1)).join('|')})\b`,
);

/** Whether the text after a mention goes on into the name of a place named after its bearer: "Heydar Aliyev| International Airport". */
export function continuesIntoPlaceName(textAfter: string): boolean {
  return PLACE_NAMED_AFTER.test(textAfter);
}

/**
 * "at Nizami Ganjavi International Airport", "the Rauf Aliyev Cultural
 * Centre": a name followed by up to two capitalised words and the head of a
 * place's or a body's name is part of that name, not a mention of a person.
 */
export function namesAfterPerson(tokens: Token[], end: number): boolean {
  for (let k = end; k < Math.min(tokens.length, end + 3); k++) {
    const t = tokens[k]!;
    if (!t.word || !t.capitalized) return false;
    if (NAMED_AFTER_HEADS.has(t.lower.replace(/\.$/, ''))) return true;
    if (isTitleWord(t) && !/^(?:international|national)$/.test(t.lower)) return false;
  }
  return false;
}

function looksLikeOrganisation(tokens: Token[], start: number, end: number): boolean {
  const next = tokens[end];
  if (next?.capitalized && isNotPersonWord(next)) return true;
  if (namesAfterPerson(tokens, end)) return true;
  // "the National People's Congress": a word before a possessive and a body's capitalised noun is part of the body's name.
  if (/^(?:'s|’s)$/.test(next?.lower ?? '') && tokens[end + 1]?.capitalized && isNotPersonWord(tokens[end + 1]!) && tokens[start - 1]?.capitalized) return true;
  if (namedAsBody(tokens, start)) return true;
  return tokens.slice(start, end).some(isNotPersonWord);
}

/**
 * "Park Sung-hoon, a professor …": a name that opens with a word that is also
 * an organisation or place word ("Park", "Hall"), where that word is only the
 * first of several and nothing organisational follows. Trusted only with a
 * title next to it.
 */
function surnameFirst(tokens: Token[], start: number, end: number): boolean {
  const next = tokens[end];
  if (end - start < 2 || (next?.capitalized && NOT_PERSON_WORDS.has(next.lower))) return false;
  return tokens.slice(start + 1, end).every((t) => !NOT_PERSON_WORDS.has(t.lower));
}

/** Spans compromise tags as people, and as organisations ("Al Jazeera", "Petrobras"), as sentence offsets; one parse. */
function compromiseTags(text: string): { people: { start: number; end: number }[]; organisations: { start: number; end: number }[] } {
  const doc = nlp(text);
  return { people: spans(doc.people().json({ offset: true })), organisations: spans(doc.organizations().json({ offset: true })) };
}

function spans(found: unknown): { start: number; end: number }[] {
  return (found as { offset?: { start: number; length: number } }[]).flatMap((p) => (p.offset ? [{ start: p.offset.start, end: p.offset.start + p.offset.length }] : []));
}

/** A title written after the name: "Ivan Gil, Venezuela's deputy foreign minister, …". */
/**
 * A title written after the name: "Ivan Gil, Venezuela's deputy foreign
 * minister, …", "Lene Holm, head of communications at the royal house", or
 * an occupation ("X, a defence analyst at …"). The title ends at a comma,
 * the sentence end, or a preposition that opens where the person works.
 */
function titleAfter(tokens: Token[], runEnd: number, countries: CountryMention[]): TitlePhrase | undefined {
  if (tokens[runEnd]?.text !== ',') return undefined;
  const opening = (phrase: TitlePhrase | undefined) => phrase && opensApposition(tokens.slice(runEnd + 1, phrase.startToken));
  let firstOf: number | undefined;
  let atPreposition: TitlePhrase | undefined;
  let longest: TitlePhrase | undefined;
  for (let k = runEnd + 2; k <= Math.min(tokens.length, runEnd + 32); k++) {
    const t = tokens[k];
    const stop = !t || /^[,.;:]$/.test(t.text) || (!t.word && t.lower !== "'s");
    // "X, diplomatic adviser to the President,": "to" opens whom the person serves, as "at" opens where they work.
    // "X, Egypt's first elected president and an ally of Y,": a title may end before "and" what follows is not a title.
    const preposition = !stop && (/^(?:at|in|with|for|from|who|to)$/.test(t!.lower) || (t!.lower === 'and' && !isTitleWord(tokens[k + 1] ?? t!)));
    if (!stop && t!.lower === 'of') firstOf ??= k;
    if (!stop && !preposition) continue;
    const phrase = titleBefore(tokens, k, countries);
    if (!opening(phrase)) {
      if (preposition) continue;
      break;
    }
    if (preposition) atPreposition ??= phrase;
    else longest = phrase;
    // "X, Deputy Crown Prince, Second Deputy Premier and Minister of Defense,": past a comma the list of titles may go on,
    // but not into the next person ("X, Minister of State, and Lee Y, …").
    const next = tokens[k + 1]?.lower === 'and' ? tokens[k + 2] : tokens[k + 1];
    if (stop && (t?.text !== ',' || !next || !isTitleWord(next))) break;
  }
  if (longest ?? atPreposition) return longest ?? atPreposition;
  // "X, foreign policy spokesman of the opposition bloc,": the "of" opens where the person works, not the office.
  const beforeOf = firstOf === undefined ? undefined : titleBefore(tokens, firstOf, countries);
  return opening(beforeOf) ? beforeOf : occupationAfter(tokens, runEnd + 1);
}

/** Words of time that may open an apposition before its article: "then the prime minister". */
const TIME_OF_APPOSITION = new Set(['then', 'now', 'currently', 'also']);

/**
 * "the current president's father and", "a veteran of the 1990s war and": a
 * short description of the person, opened by an article and joined to the
 * title after it by "and".
 */
function describedBefore(words: Token[]): boolean {
  if (words.length < 3 || words.length > 8 || !/^(?:the|a|an)$/.test(words[0]!.lower) || words[words.length - 1]!.lower !== 'and') return false;
  return words.slice(1, -1).every((t) => t.word || t.lower === "'s");
}

/**
 * The words that may open a title in apposition: an article, or whose office
 * it is ("X, Trump's senior adviser for Africa,", "Y, Acme's chief executive,").
 */
function opensApposition(allWords: Token[]): boolean {
  // "X, then the prime minister of Mauritius,", "Y, now a senior adviser,": a word of time before the article leaves the title as it was then.
  const words = TIME_OF_APPOSITION.has(allWords[0]?.lower ?? '') ? allWords.slice(1) : allWords;
  if (words.every((t) => ['the', 'a', 'an'].includes(t.lower))) return true;
  // "X, the current president's father and Azerbaijan's former president,": a description joined by "and" before the title.
  if (describedBefore(words)) return true;
  // "the Republican Party's presidential candidate": the owner may take an article.
  const owner = words.slice(words[0]?.lower === 'the' ? 1 : 0, -1);
  return words[words.length - 1]?.lower === "'s" && owner.length >= 1 && owner.length <= 3 && owner.every((t) => t.word && t.capitalized);
}

/**
 * "met in San Cristóbal", "the border city of San Cristóbal": a name after a
 * place preposition, or after "city/town/port of", that is a city of the
 * gazetteer is that city, not a person.
 */
function inPlacePosition(tokens: Token[], start: number): boolean {
  const before = tokens[start - 1]?.lower;
  if (before && /^(?:in|at|near|from)$/.test(before)) return true;
  return before === 'of' && /^(?:city|town|port|capital|village|resort)$/.test(tokens[start - 2]?.lower ?? '');
}

/**
 * "then-prime ministers Mariano Rajoy and Abdelilah Benkirane", "presidents
 * X of Chile, Y of Peru and Z of Argentina", "the presidents of Peru, X, and
 * Ecuador, Y": a name after "and" or a comma shares the plural title of the
 * name before it, with the country written right before it if there is one.
 */
function sharedPluralTitle(tokens: Token[], start: number, before: Candidate[], countries: CountryMention[]): TitlePhrase | undefined {
  const previous = before[before.length - 1];
  if (!previous?.title?.plural) return undefined;
  let j = start - 1;
  let countryCode: string | undefined;
  const own = tokens[j]?.text === ',' ? countries.find((c) => c.end === tokens[j - 1]?.end) : undefined;
  const ownStart = own ? tokens.findIndex((t) => t.start === own.start) : -1;
  if (own && ownStart > 0 && /^(?:and|,)$/.test(tokens[ownStart - 1]!.lower)) {
    countryCode = own.code;
    j = ownStart - 1;
  }
  if (!/^(?:and|,)$/.test(tokens[j]?.lower ?? '')) return undefined;
  if (tokens[j]!.lower === 'and' && tokens[j - 1]?.text === ',') j--;
  const between = tokens.slice(previous.tokenEnd, j);
  // Only the previous name's own "of Chile" may stand between it and the joint.
  const ofCountry = between.length === 0 || (between[0]!.lower === 'of' && between.length <= 3 && between.slice(1).every((t) => t.capitalized));
  return ofCountry ? { ...previous.title, countryCode } : undefined;
}

/** "presidents Daniel arap Moi of Kenya and …": an "of Country" right after a titled name is that person's country. */
function withOwnCountry(title: TitlePhrase | undefined, tokens: Token[], end: number, countries: CountryMention[]): TitlePhrase | undefined {
  if (!title || title.countryCode || tokens[end]?.lower !== 'of') return title;
  const country = countries.find((c) => c.start === tokens[end + 1]?.start);
  return country ? { ...title, countryCode: country.code } : title;
}

/** Lower-case nouns of geography that make "the X Y …" a place: "the Khor Abdullah waterway", "the Martin Garcia channel". */
const PLACE_NOUNS = /^(?:waterway|channel|river|strait|canal|port|island|islands|dam|basin|field|pipeline|corridor|highway|bridge|route|border|crossing|valley|lake|bay|tree|temple)$/;

/** "the Khor Abdullah waterway": after "the" and before a lower-case place noun, a capitalised run names that place. */
function namesAPlace(tokens: Token[], start: number, end: number): boolean {
  return tokens[start - 1]?.lower === 'the' && PLACE_NOUNS.test(tokens[end]?.text ?? '');
}

/**
 * "…talksImage: Tobias Wendler/dpa", "(AP Photo/Jane Roe)": a name after
 * "Image:" or "Photo/" is the photographer's credit, not a person of the story.
 */
function isPhotoCredit(tokens: Token[], start: number): boolean {
  return /^[:/]$/.test(tokens[start - 1]?.text ?? '') && /(?:image|photo|photograph|picture|credit|foto)$/i.test(tokens[start - 2]?.text ?? '');
}

/** Lower-case nouns of a place named after "of": "the citadel of Chan Chan", "the island of Lesbos", "the ruins of …". */
const PLACE_OF = /^(?:city|town|port|capital|village|resort|citadel|ruins|island|islands|province|region|district|state|county|valley|town|municipality|archipelago|peninsula|site|temple|shrine)$/;


/** Nouns of a person's relation to another: "Lula's predecessor", "his wife", "the president's rival". */
const RELATION_NOUNS = new Set(['predecessor', 'successor', 'rival', 'opponent', 'challenger', 'wife', 'husband', 'widow', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'nephew', 'niece', 'deputy', 'ally', 'mentor', 'protege', 'protégé']);

/**
 * "under Lula's far-right predecessor, Jair Bolsonaro, with …": a name set
 * off by commas after a relation noun of someone ("X's", "his", "her",
 * "their") is a person, even with no title.
 */
function relationBefore(tokens: Token[], start: number, end: number): boolean {
  if (tokens[start - 1]?.text !== ',' || !/^[,.;)]$/.test(tokens[end]?.text ?? '.')) return false;
  const noun = tokens[start - 2];
  if (!noun || !RELATION_NOUNS.has(noun.lower)) return false;
  for (let k = start - 3; k >= Math.max(0, start - 5); k--) if (/^(?:'s|’s|his|her|their)$/.test(tokens[k]!.lower)) return true;
  return false;
}

/** Abstract nouns that name a minister's portfolio, never a one-word name ("Emigration", "Security", "Tourism"); not "-ment", which ends names ("Clement"). */
const PORTFOLIO_NOUN = /(?:tion|sion|ness|ity|ship|ism)$/;

/**
 * "Minister of State for Economic Coordination José de Lima Massano", "Mayor
 * of Almaty Yerbolat Dossayev" (a city of the gazetteer), "Head
 * of the Presidential Office Ivan Petrenko": the capitalised words of a
 * title's complement run on into the name. A first word of a run of three or
 * more that is an abstract noun or an organisation word, where a title's
 * complement reaches over it, ends the complement, and the name starts after it.
 */
function complementTrimmed(tokens: Token[], [start, end]: [number, number], countries: CountryMention[]): [number, number] {
  let from = start;
  while (end - from >= 3 && (ABSTRACT_NOUN.test(tokens[from]!.lower) || NOT_PERSON_WORDS.has(tokens[from]!.lower) || closesListedPortfolios(tokens, from, countries) || countryOfCity(tokens[from]!.text) !== undefined)) {
    const title = titleBefore(tokens, from + 1, countries, true);
    if (!title || title.startToken >= from || !personAfterComplement(tokens, from + 1, end)) break;
    from++;
  }
  return [from, end];
}

/**
 * "Minister of Foreign Affairs, African Cooperation and Expatriates Amadou
 * Diallo": the word after the "and" (or the nationality) that closes a list
 * of portfolios is the list's last item, not the first word of the name.
 */
function closesListedPortfolios(tokens: Token[], at: number, countries: CountryMention[]): boolean {
  const before = tokens[at - 1];
  if (!before) return false;
  const demonym = countries.some((c) => c.kind === 'demonym' && c.end === before.end);
  const joint = demonym ? tokens[at - 2] : before;
  if (joint?.lower !== 'and') return false;
  // The list runs back over capitalised portfolio words and commas to a head's "of" or "for".
  for (let k = (demonym ? at - 3 : at - 2); k > 0 && k >= at - 12; k--) {
    const t = tokens[k]!;
    if (/^(?:of|for)$/.test(t.lower)) return isTitleWord(tokens[k - 1]!) && tokens.slice(k + 1, at).some((x) => x.text === ',');
    if (!(t.text === ',' || (t.word && t.capitalized))) return false;
  }
  return false;
}

/** The words left of a run after its complement words: no organisation's or place's words ("East African Community"). */
function personAfterComplement(tokens: Token[], start: number, end: number): boolean {
  if (looksLikeOrganisation(tokens, start, end)) return false;
  return !nlp(tokens[start]!.text).has('(#Demonym|#Place|#Organization)');
}

/** Styles of monarchs that are also given names: "Sultan Al Jaber", "Amir Al-Hassan". */
const GIVEN_NAME_STYLES = /^(?:sultan|amir)$/;

/**
 * True when the title before a name is only a monarch's style that is also a
 * given name, right before a family name opened by the Arabic article: a
 * monarch's style stands before a given name ("Sultan Haitham bin Tarik"),
 * never before "Al …".
 */
function givenNameStyle(tokens: Token[], before: TitlePhrase, start: number): boolean {
  const style = tokens[start - 1];
  const first = tokens[start]!;
  if (!style || before.startToken !== start - 1 || !style.capitalized || !GIVEN_NAME_STYLES.test(style.lower)) return false;
  return (/^(?:al|el)$/.test(first.lower) && tokens[start + 1]?.capitalized === true) || /^(?:al|el)-\p{Lu}/u.test(first.text);
}

/**
 * "three deputy ministers, including X", "senior officials, among them Y": a
 * name introduced from a list of officials holds the list's title, in the
 * singular.
 */
function listedTitle(tokens: Token[], start: number, countries: CountryMention[]): TitlePhrase | undefined {
  const lead = tokens[start - 1]?.lower === 'including' || tokens[start - 1]?.lower === 'notably' ? start - 1 : tokens[start - 1]?.lower === 'them' && tokens[start - 2]?.lower === 'among' ? start - 2 : -1;
  if (lead < 1 || tokens[lead - 1]?.text !== ',') return undefined;
  const phrase = titleBefore(tokens, lead, countries);
  return phrase?.plural && !phrase.notCurrent ? phrase : undefined;
}

/** Groups whose head news copy names by "led by": "the far-right Chega party, led by X". */
const LED_GROUPS = new Set(['party', 'movement', 'coalition', 'alliance', 'bloc', 'front']);

/**
 * "The far-right Chega party, led by André Ventura, …": the one a party or
 * movement is said to be led by is its Leader.
 */
function ledByTitle(tokens: Token[], start: number): TitlePhrase | undefined {
  if (tokens[start - 1]?.lower !== 'by' || tokens[start - 2]?.lower !== 'led' || tokens[start - 3]?.text !== ',') return undefined;
  if (!LED_GROUPS.has(tokens[start - 4]?.lower ?? '')) return undefined;
  return { title: 'Leader', notCurrent: false, startToken: start - 2, endToken: start };
}

/** Title-and-name candidates of one sentence. */
function candidatesIn(sentence: ReadSentence, countries: CountryMention[]): Candidate[] {
  const tokens = withAcronyms(sentence.tokens);
  // Candidates index the sentence's own tokens: a folded acronym stands where its first word was.
  const original = (i: number) => sentence.tokens.findIndex((t) => t.start === tokens[i]!.start);
  return candidatesAmong(sentence, tokens, countries).map((c) => ({ ...c, tokenStart: original(c.tokenStart), tokenEnd: original(c.tokenEnd - 1) + 1 }));
}

/** Words that an acronym skips: "Communist Party of China" is CPC. */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'des', 'du', 'la', 'el', '&']);

/**
 * "the Communist Party of China (CPC) Central Committee": a name followed by
 * its acronym in brackets is written as the acronym, as the text writes it
 * afterwards ("the CPC Central Committee"), so a title reads on through it.
 * Brackets whose acronym does not spell the words before them stay.
 */
export function withAcronyms(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const acronym = tokens[i + 1];
    if (tokens[i]!.text !== '(' || tokens[i + 2]?.text !== ')' || !acronym || !/^\p{Lu}{2,6}$/u.test(acronym.text)) {
      out.push(tokens[i]!);
      continue;
    }
    // Walk back over the words the acronym's letters stand for, last letter first.
    let k = out.length - 1;
    let letter = acronym.text.length - 1;
    while (k >= 0 && letter >= 0) {
      const t = out[k]!;
      if (ACRONYM_SKIPS.has(t.lower) && letter < acronym.text.length - 1) {
        k--;
        continue;
      }
      if (!t.word || !t.capitalized || t.text[0]!.toUpperCase() !== acronym.text[letter]) break;
      k--;
      letter--;
    }
    if (letter >= 0 || k + 1 >= out.length) {
      out.push(tokens[i]!);
      continue;
    }
    const words = out.splice(k + 1);
    out.push({ ...acronym, start: words[0]!.start, end: words[words.length - 1]!.end });
    i += 2;
  }
  return out;
}

/** Nouns of places that an apposition may call a name: "X, the largest island in …", "Y, a port town on …". */
const PLACE_APPOSITION_NOUNS = new Set([
  'island', 'atoll', 'archipelago', 'city', 'town', 'village', 'port', 'capital', 'province', 'region', 'district', 'county',
  'river', 'lake', 'mountain', 'peak', 'valley', 'territory', 'enclave', 'peninsula', 'base', 'suburb', 'municipality', 'oasis',
]);

/**
 * "Diego Garcia, the largest island in the archipelago,": an apposition of
 * an article, up to two words and a place noun that ends the phrase (not
 * "the city's mayor", "a town councillor") says the name is a place.
 */
function placeApposition(tokens: Token[], end: number): boolean {
  if (tokens[end]?.text !== ',' || !/^(?:the|a|an)$/.test(tokens[end + 1]?.lower ?? '')) return false;
  for (let k = end + 2; k <= end + 4; k++) {
    const t = tokens[k];
    if (!t?.word) return false;
    if (!PLACE_APPOSITION_NOUNS.has(t.lower)) continue;
    const next = tokens[k + 1];
    return !next || (!next.word && next.lower !== "'s") || /^(?:in|of|on|near|off|that|which|where|and|with|from)$/.test(next.lower);
  }
  return false;
}

/** True when "one of the" (or "one of its/his/her/their") stands right before token `at`. */
function oneOfThe(tokens: Token[], at: number): boolean {
  return /^(?:the|its|his|her|their)$/.test(tokens[at - 1]?.lower ?? '') && tokens[at - 2]?.lower === 'of' && /^(?:one|two|three|some|many|all|both)$/.test(tokens[at - 3]?.lower ?? '');
}

/** Title-and-name candidates of one sentence, read in its tokens with acronyms folded. */
function candidatesAmong(sentence: ReadSentence, tokens: Token[], countries: CountryMention[]): Candidate[] {
  const inSentence = countries.filter((c) => c.sentence === sentence.index);
  const covered = (t: Token) => inSentence.some((c) => t.start >= c.start && t.end <= c.end);
  const { people: byCompromise, organisations } = compromiseTags(sentence.text);
  const out: Candidate[] = [];
  const runs = nameRuns(tokens, covered, inSentence);
  // A person's name inside a phrase: "minister of industry Tomas Ruiz" is the next person's title, not an institution.
  const holdsName = (phrase: TitlePhrase) => runs.some(([rs, re]) => rs > phrase.startToken && re <= phrase.endToken && !looksLikeOrganisation(tokens, rs, re));
  for (const run of runs) {
    let [start, end] = complementTrimmed(tokens, run, inSentence);
    let before: TitlePhrase | undefined = titleBefore(tokens, start, inSentence, true);
    // "Sultan Al Jaber", "Amir Al-Hassan": a style that is also a given name, before a family name opened by "Al", is the given name.
    if (before && givenNameStyle(tokens, before, start)) {
      start--;
      before = titleBefore(tokens, start, inSentence, true);
    }
    // "Sheikh X, Deputy Ruler of Abu Dhabi,": a form of address before the name leaves room for the office after it.
    // "Sultan Ibrahim, King of Malaysia,": a monarch's style before a regnal name leaves room for the office after it too.
    const regnal = end - start === 1 && before !== undefined && MONARCH_STYLES.test(before.title) ? before.title : undefined;
    const after = !before || isAddressOnly(before) || regnal ? titleAfter(tokens, end, inSentence) : undefined;
    const title = withOwnCountry((after && !after.notCurrent ? after : before) ?? sharedPluralTitle(tokens, start, out, inSentence) ?? listedTitle(tokens, start, inSentence) ?? ledByTitle(tokens, start), tokens, end, inSentence);
    // "Opposition leader X, head of Italy's Democratic Party,": an office in apposition is the person's as well as the one before.
    // Only an apposition that the comma closes, and names an office with "the" or whose it is, not "a member of …" or the next name's title.
    const appositive = before && !after && !isAddressOnly(before) && !regnal ? titleAfter(tokens, end, inSentence) : undefined;
    const closed = appositive !== undefined && /^[,.;)]$/.test(tokens[appositive.endToken]?.text ?? '.') && !/^(?:a|an)$/.test(tokens[end + 1]?.lower ?? '') && !holdsName(appositive);
    const alsoTitle = relativeTitle(tokens, end, inSentence) ?? (closed && !appositive.notCurrent ? appositive : undefined) ?? (end - start >= 2 ? predicativeTitle(tokens, end, inSentence) : undefined);
    // "in the Patio de Honor, the heads of state …": after "the", a run opened by a place word is the place, whatever title follows.
    const afterArticle = /^(?:the|a|an)$/.test(tokens[start - 1]?.lower ?? '');
    if (looksLikeOrganisation(tokens, start, end) && !(title && surnameFirst(tokens, start, end) && !afterArticle)) continue;
    const name = sentence.text.slice(tokens[start]!.start, tokens[end - 1]!.end);
    const multiWord = end - start >= 2;
    const tagged = byCompromise.some((p) => p.start < tokens[end - 1]!.end && p.end > tokens[start]!.start);
    const next = tokens[end]?.lower === "'s" ? tokens[end + 1] : tokens[end];
    // "Atiku Abubakar, who lost the election,": "who" after a name is said of a person.
    const opensClause = start === 0 || /^(?:,|;|and|but|"|“)$/.test(tokens[start - 1]!.lower);
    const acting = next !== undefined && (PERSON_VERBS.test(next.lower) || (opensClause && next.text === ',' && tokens[end + 1]?.lower === 'who'));
    const saidBefore = start >= 1 && /^(?:said|says|told)$/.test(tokens[start - 1]!.lower);
    // "Emmanuel Macron and Giorgia Meloni spent …": a full name joined by "and" to a person's, the pair the subject of a verb, is a person too.
    const pairedWithPerson = tokens[start - 1]?.lower === 'and' && out.some((c) => !c.place && c.tokenEnd === start - 1) && /^[a-z]+$/.test(next?.text ?? '') && next?.lower !== 'of' && !isTitleWord(next!);

    // "received, at the Royal Palace in Rabat, President of Senegal X": a city after a place preposition is the place, and the title after it the next name's.
    if ((!title || (title === after && end - start === 1)) && inPlacePosition(tokens, start) && countryOfCity(name)) continue;
    if (!title && namesAPlace(tokens, start, end)) continue;
    if (!title && placeApposition(tokens, end)) {
      out.push({ place: true, sentence: sentence.index, tokenStart: start, tokenEnd: end, name: sentence.text.slice(tokens[start]!.start, tokens[end - 1]!.end) });
      continue;
    }
    if (isPhotoCredit(tokens, start)) continue;
    // "Minister of Foreign Affairs, Emigration and Egyptian Expatriates": one abstract noun listed after a title is a portfolio, not a person.
    if (end - start === 1 && PORTFOLIO_NOUN.test(tokens[start]!.lower) && /^(?:and|,)$/.test(tokens[end]?.lower ?? '') && tokens[end + 1]?.capitalized) continue;
    // "… and Moroccan Expatriates of the Kingdom of Morocco": one word after a demonym inside a title's complement, before "of", is a portfolio too.
    const demonymBefore = start > 0 && inSentence.some((c) => c.kind === 'demonym' && c.end === tokens[start - 1]!.end);
    // "… and Burkinabè Abroad, Mr X": before the comma that closes the title as well.
    if (end - start === 1 && before && demonymBefore && /^(?:of|,)$/.test(tokens[end]?.lower ?? '')) continue;
    // "Minister of Foreign Affairs, Emigration and Egyptian Expatriates Dr. X": one word that closes a list of portfolios is its last item.
    if (end - start === 1 && closesListedPortfolios(tokens, start, inSentence)) continue;
    // "including Keidanren Chairman Masakazu Tokura": one word right before a capitalised title and a name is the title's organisation, not a person.
    if (end - start === 1 && !before && tokens[end]?.capitalized && isHeadAt(tokens, end, inSentence) && runs.some(([rs]) => rs === end + 1)) continue;
    // "as one of the Chief Guests": after "one of the", a capitalised title and word are a plural noun, not a titled name.
    if (end - start === 1 && title && /s$/.test(tokens[start]!.lower) && oneOfThe(tokens, title.startToken)) continue;
    // "told Al Jazeera", "the Hawa Mahal", "the citadel of Chan Chan": without a title, a name compromise reads as an
    // organisation and not a person, a name after "the" (people's names take no article), or a name after a place noun and "of" is no person.
    const organisation = organisations.some((o) => o.start <= tokens[start]!.start && o.end >= tokens[end - 1]!.end);
    if (!title && organisation && !tagged) continue;
    if (!title && /^(?:the|a|an)$/.test(tokens[start - 1]?.lower ?? '')) continue;
    if (!title && tokens[start - 1]?.lower === 'of' && PLACE_OF.test(tokens[start - 2]?.lower ?? '')) continue;
    // "met Baerbock at La Celle-Saint-Cloud near Paris": after in/at/near, with no title and no verb of its own, a name is a place.
    if (!title && !acting && /^(?:in|at|near)$/.test(tokens[start - 1]?.lower ?? '') && next?.lower !== "'s") continue;
    const rank = abbreviatedRankBefore(tokens, start);
    if (title || alsoTitle || rank || (multiWord && (tagged || acting || saidBefore || pairedWithPerson || relationBefore(tokens, start, end))))
      out.push({ sentence: sentence.index, tokenStart: start, tokenEnd: end, name, title: title ?? alsoTitle, ...(title && alsoTitle ? { alsoTitle } : {}), ...(regnal ? { regnal } : {}), ...(rank ? { rank } : {}) });
  }
  return out;
}

/** The words of a name folded for comparison: case, diacritics and letters like "ø"/"ł" made plain (see `foldName`). */
export function nameWords(name: string): string[] {
  return foldName(name).split(' ').filter(Boolean);
}

/** The words of a name without a generational suffix or regnal number ("Marcos Jr" → "marcos"). */
function coreWords(name: string): string[] {
  const words = nameWords(name);
  while (words.length > 1 && FOLDED_SUFFIX.test(words[words.length - 1]!)) words.pop();
  return words;
}

function surnameOf(name: string): string {
  const parts = nameWords(name);
  return parts[parts.length - 1] ?? '';
}

function firstNameOf(name: string): string | undefined {
  const parts = nameWords(name);
  return parts.length > 1 ? parts[0] : undefined;
}

/** True when the words of `short` are the last words of `long`: "Lula da Silva" of "Luiz Inácio Lula da Silva". */
function isTail(short: string[], long: string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  return short.every((w, i) => long[long.length - short.length + i] === w);
}

/**
 * True when `short` is `long` without a last part opened by a particle:
 * "Cristina Fernández" of "Cristina Fernández de Kirchner". The part after
 * "de" is a second family name that later mentions often leave out.
 */
function isHeadBeforeParticle(short: string[], long: string[]): boolean {
  if (short.length < 2 || short.length >= long.length - 1) return false;
  return short.every((w, i) => long[i] === w) && PARTICLES.has(long[short.length]!) && !PATRONYMIC.has(long[short.length]!);
}

/**
 * True when `short` is `long` without its last word, a second family name:
 * "Raúl Castro" of "Raúl Castro Ruz", "Manuel Marrero" of "Manuel Marrero
 * Cruz". A generational suffix is no family name ("Ferdinand Marcos" is not
 * "Ferdinand Marcos Jr.").
 */
function isHeadBeforeSecondSurname(short: string[], long: string[]): boolean {
  if (short.length < 2 || short.length !== long.length - 1 || FOLDED_SUFFIX.test(long[long.length - 1]!)) return false;
  return short.every((w, i) => long[i] === w);
}

/**
 * True when `short` is the paternal family name between the given name and
 * the second family name of `long`: "Díaz-Canel" of "Miguel Díaz-Canel
 * Bermúdez", "Castro" of "Raúl Castro Ruz".
 */
function isPaternalSurname(short: string[], long: string[]): boolean {
  if (short.length === 0 || long.length !== short.length + 2 || FOLDED_SUFFIX.test(long[long.length - 1]!)) return false;
  if (PARTICLES.has(long[long.length - 2]!) || PATRONYMIC.has(long[long.length - 2]!)) return false;
  return short.every((w, i) => long[i + 1] === w);
}

/** Endings of East Slavic and Central Asian patronymics: "Vladimirovich", "Heydarovich", "Ivanovna", "Petrovych". */
const PATRONYMIC_ENDING = /(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna)$/;

/** A form of address of two words, given name and patronymic: "Shavkat Miromonovich". */
function isPatronymicForm(words: string[]): boolean {
  return words.length === 2 && PATRONYMIC_ENDING.test(words[1]!);
}

/** Particles that make the next word a father's name, not a family name. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben']);

/** The father's name that ends a patronymic name ("salman" of "mohammed bin salman"), if it is one. */
function patronymic(words: string[]): string | undefined {
  return words.length >= 3 && PATRONYMIC.has(words[words.length - 2]!) ? words[words.length - 1] : undefined;
}

/**
 * Two forms name the same person: same surname with first names equal or one
 * missing; one form the tail of the other ("Lokke Rasmussen", "Lula da Silva");
 * or a lone given name that opens the other form ("Sheikh Tamim" → "Tamim bin
 * Hamad Al Thani").
 */
export function samePerson(a: string, b: string): boolean {
  const wa = withArabicArticle(nameWords(a));
  const wb = withArabicArticle(nameWords(b));
  // "Vladimir Vladimirovich" is how one addresses Vladimir Putin: a given name and a patronymic.
  // A full form that spells a patronymic of its own is matched by the rules below.
  const plain = (w: string[]) => !w.some((x) => PATRONYMIC_ENDING.test(x));
  if (wa[0] === wb[0] && ((isPatronymicForm(wa) && wb.length >= 2 && plain(wb)) || (isPatronymicForm(wb) && wa.length >= 2 && plain(wa)))) return true;
  // "Mohammed bin Salman": "Salman" is his father's name, so a lone "Salman" (King Salman) is someone else.
  if ((wa.length === 1 && patronymic(wb) === wa[0]) || (wb.length === 1 && patronymic(wa) === wb[0])) return false;
  // "Mohammed bin Salman bin Abdulaziz Al Saud" and "King Salman bin Abdulaziz Al Saud": a name that follows "bin" in the other is his father's.
  if (fatherInName(wa, wb) || fatherInName(wb, wa)) return false;
  if (isTail(wa, wb) || isTail(wb, wa) || isHeadBeforeParticle(wa, wb) || isHeadBeforeParticle(wb, wa) || isHeadBeforeSecondSurname(wa, wb) || isHeadBeforeSecondSurname(wb, wa)) return true;
  if (isPaternalSurname(wa, wb) || isPaternalSurname(wb, wa)) return true;
  if (reversed(wa, wb)) return true;
  if ((wa.length === 1 && wb.length > 1 && wb[0] === wa[0]) || (wb.length === 1 && wa.length > 1 && wa[0] === wb[0])) return true;
  if (spelling(surnameOf(a)) !== spelling(surnameOf(b))) return false;
  if (differentMiddles(wa, wb)) return false;
  const fa = firstNameOf(a);
  const fb = firstNameOf(b);
  return fa === undefined || fb === undefined || spelling(fa) === spelling(fb) || closingVowelOnly(fa, fb) || innerVowelsOnly(spelling(fa), spelling(fb));
}

const VOWEL = /^[aeiouy]$/;

/**
 * "Mishal" and "Meshal", "Mohammad" and "Muhammad": given names of five
 * letters or more, of one length, that differ only in one or two vowels
 * inside the word are one name transliterated, when the surnames already
 * agree (the caller has checked). The first and last letters must agree:
 * "Mario" and "Maria" are two people.
 */
function innerVowelsOnly(a: string, b: string): boolean {
  if (a.length < 5 || a.length !== b.length || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  const differences = [...a].map((x, k) => [x, b[k]!] as const).filter(([x, y]) => x !== y);
  return differences.length <= 2 && differences.every(([x, y]) => VOWEL.test(x) && VOWEL.test(y));
}

/** "El-Sisi" and "al-Sisi": the Arabic article is written "el" or "al"; folded words with "el" read as "al". */
function withArabicArticle(words: string[]): string[] {
  return words.map((w) => (w === 'el' ? 'al' : w));
}

/** True when `short` (two words or more) is the end of `long` right after "bin"/"ibn": the father's name and lineage, another person. */
function fatherInName(short: string[], long: string[]): boolean {
  if (short.length < 2 || long.length <= short.length + 1) return false;
  const at = long.length - short.length;
  return PATRONYMIC.has(long[at - 1]!) && short.every((w, k) => long[at + k] === w);
}

/**
 * "Yury" and "Yuri", "Ilya" and "Ilia": given names of four letters that
 * differ only in a closing y or i are one transliteration, when the
 * surnames already agree (the caller has checked).
 */
function closingVowelOnly(a: string, b: string): boolean {
  return a.length === 4 && b.length === 4 && a.slice(0, 3) === b.slice(0, 3) && /^[iy]$/.test(a[3]!) && /^[iy]$/.test(b[3]!);
}

/**
 * A folded name word with the freedoms of transliteration taken out:
 * doubled letters made single, a closing y, i or j sound made one and "ou"
 * read as "u" ("Zelenskyy", "Zelensky", "Zelenskyj"; "Massoud", "Masoud",
 * "Masud"), in words of five letters or more.
 */
export function spelling(word: string): string {
  // Short words ("Li", "Ly") are too often two names to be read loosely.
  if (word.length < 5) return word;
  // "Tokayev" and "Tokaev", "Dostoyevsky" and "Dostoevsky": a y between vowels is one transliteration's glide.
  // "Mohamoud" and "Mohamud", "Mahmoud" and "Mahmud": a French-style "ou" is an English "u".
  // "Rakhmon" and "Rahmon", "Mikhail" and "Mihail": the Russian х is written "kh" or "h".
  // "Chernyshenko" and "Chernishenko": the Russian ы between consonants is written "y" or "i".
  return word
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/kh/gu, 'h')
    .replace(/([aeiou])y(?=[aeiou])/gu, '$1')
    .replace(/([^aeiouy])y(?=[^aeiouy])/gu, '$1i')
    .replace(/(?:yj|ij|iy|yi|y|j)$/u, 'i')
    .replace(/ou/gu, 'u');
}

/**
 * "Ukhnaagiin Khurelsukh" and "Khurelsukh Ukhnaa", "Orban Viktor" and
 * "Viktor Orban": two words in the other order are one name written
 * family-name-first and last. A patronymic may lose its genitive ending in
 * the other order, so one word may be the start of the other (four letters
 * at least).
 */
function reversed(wa: string[], wb: string[]): boolean {
  if (wa.length !== 2 || wb.length !== 2 || wa[0] === wb[0]) return false;
  const same = (x: string, y: string) => {
    const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
    return x === y || (shorter.length >= 4 && longer.startsWith(shorter));
  };
  // One pair equal, the other equal or one the start of the other.
  return (wa[0] === wb[1] && same(wa[1]!, wb[0]!)) || (wa[1] === wb[0] && same(wa[0]!, wb[1]!));
}

/** The middle words of a name of three words or more, without particles ("ahmad", "jaber" of "Sabah Al-Ahmad Al-Jaber Al-Sabah"). */
function middleWords(words: string[]): string[] {
  return words.length >= 3 ? words.slice(1, -1).filter((w) => !PARTICLES.has(w) && !PATRONYMIC.has(w) && !FOLDED_SUFFIX.test(w)) : [];
}

/**
 * "Sabah Al-Salem Al-Sabah" and "Sabah Khaled Al-Hamad Al-Sabah": in family
 * names where a given name recurs, two forms that both spell out middle
 * names and share none of them are two people. A form without middle names
 * ("Recep Erdogan") stays open to either.
 */
function differentMiddles(wa: string[], wb: string[]): boolean {
  const ma = middleWords(wa);
  const mb = middleWords(wb);
  return ma.length > 0 && mb.length > 0 && !ma.some((w) => mb.includes(w));
}

interface Draft {
  forms: string[];
  roles: ExtractedRole[];
  /** A monarch's style with a regnal name ("Sultan Ibrahim"): an alias, never the name. */
  styled?: string[];
  /** "her counterpart X" where no other name of the sentence is titled: resolved once everyone's mentions are known. */
  counterparts?: { sentence: number; at: number; countryCode?: string }[];
  countryCode?: string;
  firstSentence: number;
}

/** Role titles of the other people of a sentence, for "his … counterpart". */
function counterpartTitle(candidates: Candidate[], self: Candidate): string | undefined {
  return candidates.find((c) => c !== self && c.sentence === self.sentence && c.title && !/counterpart/i.test(c.title.title) && !c.title.notCurrent)?.title!.title;
}

/**
 * A credit line of the newsroom, not the story: "(Reporting by A in Kampala;
 * Editing by B)", "Writing by C", "AP writers D and E contributed to this
 * report.", "AP writer F in Ankara contributed.", "With assistance from G.", "To contact the
 * reporters on this story: H in Rome". The people it names are staff, not people of the story.
 */
const CREDIT_LINE = /^\W*(?:additional\s+)?(?:reporting|writing|editing|edited|written|compiled|translated|research)\s+by\b|^\W*with\s+(?:assistance|help)\s+from\b|^\W*to\s+contact\s+the\s+(?:reporters?|editors?|authors?|writers?)\b|[;,]\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b|\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\b|^[^.]{0,80}\b(?:writer|writers|correspondent|correspondents|reporter|reporters)\b[^.]{0,80}\bcontributed\.?$/i;

/** A byline standing alone: "By Jane Roe and John Doe", "By Ana Ruiz, Li Wei". Case-sensitive: the names are capitalised. */
const BYLINE = /^\W*(?:By|BY)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s*(?:,|and|&)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})*\s*$/u;

/** True for a sentence that is a newsroom credit line. */
export function isCredit(sentence: string): boolean {
  return CREDIT_LINE.test(sentence) || BYLINE.test(sentence);
}

/** Extracts the people of an article and all their mentions. */
export function extractPeople(ctx: ArticleContext, countries: CountryMention[]): PeopleResult {
  const found = ctx.sentences.filter((s) => !isCredit(s.text)).flatMap((s) => candidatesIn(s, countries));
  // "Diego Garcia, the largest island in the archipelago": a name an apposition calls a place is no person anywhere in the article.
  const places = new Set(found.filter((c) => c.place).map((c) => nameWords(c.name).join(' ')));
  const candidates = found.filter((c) => !c.place && (c.title !== undefined || !places.has(nameWords(c.name).join(' '))));
  const drafts: Draft[] = [];
  for (const c of candidates) {
    // A form that spells out other middle names is someone else, even when a shorter form of the draft matches it.
    // A regnal name ("Sultan Ibrahim") is a given name: it may open another form ("Salman bin Abdulaziz"), never end one ("Anwar Ibrahim").
    const matches = (f: string) => (c.regnal ? nameWords(f)[0] === nameWords(c.name)[0] : samePerson(f, c.name));
    let draft = drafts.find((d) => d.forms.some(matches) && !d.forms.some((f) => differentMiddles(nameWords(f), nameWords(c.name))));
    if (!draft) {
      draft = { forms: [], roles: [], firstSentence: c.sentence };
      drafts.push(draft);
    }
    if (!draft.forms.includes(c.name)) draft.forms.push(c.name);
    // "Sultan Ibrahim": the style and name together are an alias, which later mentions are read by first.
    const styled = c.regnal ? `${c.regnal} ${c.name}` : undefined;
    if (styled && !(draft.styled ??= []).includes(styled)) draft.styled.push(styled);
    addRole(draft, c, candidates, ctx);
  }
  const people = drafts.map((d) => toPerson(d, ctx));
  const mentions = findMentions(ctx, people);
  counterpartsByMention(drafts, people, mentions, ctx);
  return { people, mentions };
}

/**
 * "Baerbock was due to meet her Australian counterpart Penny Wong": when no
 * other name of the sentence carries a title, the counterpart holds the
 * office of the person named before them in the sentence, as the article
 * titles that person elsewhere.
 */
function counterpartsByMention(drafts: Draft[], people: ExtractedPerson[], mentions: PersonMention[], ctx: ArticleContext): void {
  drafts.forEach((d, i) => {
    const person = people[i]!;
    for (const pending of d.counterparts ?? []) {
      if (person.roles.length > 0) return;
      const other = mentions.find((m) => m.sentence === pending.sentence && m.person !== i && m.end <= pending.at && !m.quoted);
      const role = other ? people[other.person]!.roles.find((r) => !/^former\b/i.test(r.title) && !/counterpart/i.test(r.title)) : undefined;
      if (role) person.roles.push({ title: role.title, countryCode: pending.countryCode, source: ctx.sentences[pending.sentence]!.span });
    }
  });
}

/** True when another person of the article holds the office of which `head` is the head: "Secretary" of "Secretary of State". */
function heldByAnother(head: string, candidates: Candidate[], self: Candidate): boolean {
  const lower = head.toLowerCase();
  return candidates.some((o) => o.name !== self.name && o.title && !o.title.notCurrent && (o.title.title.toLowerCase() === lower || /^(?:\S+) (?:of|for) /.test(o.title.title.toLowerCase()) && o.title.title.toLowerCase().startsWith(`${lower} `)));
}

/** Adds the candidate's title as a role, copying the counterpart's title for "his Venezuelan counterpart X". */
function addRole(draft: Draft, c: Candidate, candidates: Candidate[], ctx: ArticleContext): void {
  // "Riyadh Gov. Prince Faisal": a royal style that only addresses the holder of an office is no title of its own.
  const styleOnly = c.rank !== undefined && c.title !== undefined && isAddressOnly(c.title) && !c.title.coordinated;
  for (let phrase = styleOnly ? undefined : c.title; phrase; phrase = phrase.coordinated) addTitle(draft, c, phrase, candidates, ctx);
  for (let phrase = c.alsoTitle; phrase; phrase = phrase.coordinated) addTitle(draft, c, phrase, candidates, ctx);
  if (c.rank) addTitle(draft, c, c.rank, candidates, ctx);
}

function addTitle(draft: Draft, c: Candidate, phrase: TitlePhrase, candidates: Candidate[], ctx: ArticleContext): void {
  draft.countryCode ??= phrase.countryCode;
  if (phrase.notCurrent) return;
  const counterpart = /^Counterpart$/i.test(phrase.title) || /counterpart$/i.test(phrase.title);
  const title = counterpart ? counterpartTitle(candidates, c) : phrase.title;
  if (!title && counterpart) (draft.counterparts ??= []).push({ sentence: c.sentence, at: ctx.sentences[c.sentence]!.tokens[c.tokenStart]!.start, countryCode: phrase.countryCode });
  if (!title || draft.roles.some((r) => r.title === title)) return;
  // "Minister António" after "Minister of External Relations Téte António": the bare head is the fuller title, said short.
  if (!/\s/.test(title) && draft.roles.some((r) => r.title.toLowerCase().startsWith(`${title.toLowerCase()} of `) || r.title.toLowerCase().startsWith(`${title.toLowerCase()} for `))) return;
  // "The Secretary and President Lourenço": a bare head joined before the name's own title, that names someone else's office, is that person.
  if (phrase !== c.title && phrase !== c.alsoTitle && !/\s/.test(title) && heldByAnother(title, candidates, c)) return;
  draft.roles.push({ title, countryCode: phrase.countryCode, source: ctx.sentences[c.sentence]!.span });
}

/** The fullest form (most words, then first seen) is the name; every other form and the surname are aliases. */
function toPerson(d: Draft, ctx: ArticleContext): ExtractedPerson {
  // A given name with a patronymic ("Vladimir Vladimirovich") is a form of address, never the name.
  const words = (f: string) => f.split(/\s+/).length - (isPatronymicForm(nameWords(f)) ? 0.5 : 0);
  const name = [...d.forms].sort((a, b) => words(b) - words(a))[0]!;
  const aliases = [...new Set([...d.forms, ...(d.styled ?? []), ...surnameAlias(name)])].filter((f) => f !== name);
  return {
    name,
    aliases,
    countryCode: d.countryCode ?? d.roles.find((r) => r.countryCode)?.countryCode,
    roles: d.roles,
    firstMention: ctx.sentences[d.firstSentence]!.span,
  };
}

/**
 * The surname form of a name, as written: the last word before a generational
 * suffix ("Marcos" of "Ferdinand Marcos Jr."), keeping a particle before it
 * ("El Aissami", "da Silva"). None for a one-word or regnal name ("Mohammed VI").
 */
function surnameAlias(name: string): string[] {
  const words = name.split(/\s+/);
  while (words.length > 1 && NAME_SUFFIX.test(words[words.length - 1]!.replace(/\.$/, ''))) words.pop();
  if (words.length < 2) return [];
  const particle = words.length > 2 && PARTICLES.has(words[words.length - 2]!.toLowerCase()) ? `${words[words.length - 2]} ` : '';
  return [particle + words[words.length - 1]!];
}

/** A folded word of a sentence and the token it comes from ("al-Sisi" gives "al" and "sisi", both of one token). */
interface FoldedWord {
  word: string;
  token: number;
}

function foldedWords(tokens: Token[]): FoldedWord[] {
  return tokens.flatMap((t, token) => (t.word ? nameWords(t.text).map((word) => ({ word, token })) : []));
}

/** Word keys under which later mentions find a person: surname keys win over given-name keys. */
interface MentionKeys {
  /** Last word (before a suffix), and the middle word of a three-word name that is not a particle. */
  surname: Map<string, number[]>;
  /** First word of each multi-word form: East Asian family names ("Xi", "Yoon"), Arabic given names ("Tamim"), "Lula". */
  given: Map<string, number[]>;
  /** Surname keys by their spelling without transliteration freedoms: "zelenskyj" finds "zelenskyy". */
  spelled: Map<string, string>;
}

function mentionKeys(people: ExtractedPerson[]): MentionKeys {
  const surname = new Map<string, number[]>();
  const given = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const owners = map.get(key) ?? [];
    if (!owners.includes(i)) map.set(key, [...owners, i]);
  };
  people.forEach((p, i) => {
    const words = coreWords(p.name);
    // A father's name after "bin" is no surname: "Salman" alone is not "Mohammed bin Salman" (his alias "bin Salman" still is).
    if (!patronymic(words)) add(surname, words[words.length - 1]!, i);
    if (words.length === 3 && !PARTICLES.has(words[1]!)) add(surname, words[1]!, i);
    // "Luiz Inácio Lula da Silva" is "Lula": in long Iberian names a middle word is the name used; not a father's name after "bin".
    if (words.length >= 4) words.slice(1, -1).forEach((w, k) => !PARTICLES.has(w) && !PATRONYMIC.has(words[k]!) && add(surname, w, i));
    for (const form of [p.name, ...p.aliases]) {
      const w = coreWords(form);
      if (w.length >= 2 && !PARTICLES.has(w[0]!)) add(given, w[0]!, i);
    }
  });
  const spelled = new Map<string, string>();
  for (const key of surname.keys()) if (key.length >= 5) spelled.set(spelling(key), key);
  return { surname, given, spelled };
}

/**
 * Every mention of every person. A full form written out ("Ilham Aliyev",
 * "Vo Van Thuong") names its person; otherwise a capitalised word equal
 * (folded) to a surname, else to the first word of a name ("Xi", "Yoon",
 * "Tamim", "Lula"). A word several people share goes to the person the
 * article introduced first, its protagonist ("Aliyev" is the president, not
 * his late father).
 */
export function findMentions(ctx: ArticleContext, people: ExtractedPerson[]): PersonMention[] {
  const forms = people
    .flatMap((p, person) => [p.name, ...p.aliases].map((f) => ({ person, words: nameWords(f) })))
    .filter((f) => f.words.length >= 2)
    .sort((a, b) => b.words.length - a.words.length);
  const keys = mentionKeys(people);
  const mentions: PersonMention[] = [];
  for (const s of ctx.sentences) {
    const quotes = quotedRanges(s.text);
    const seen = new Set<number>();
    const consumed = new Set<number>();
    const words = foldedWords(s.tokens);
    const record = (person: number, token: Token) => {
      if (seen.has(person)) return;
      seen.add(person);
      mentions.push({ person, sentence: s.index, start: token.start, end: token.end, quoted: inRanges(token.start, quotes) });
    };
    for (let i = 0; i < words.length; i++) {
      const form = forms.find((f) => f.words.every((w, k) => words[i + k]?.word === w));
      if (!form) continue;
      const tokens = words.slice(i, i + form.words.length).map((w) => w.token);
      for (const t of tokens) consumed.add(t);
      // "At Heydar Aliyev International Airport": the name of a place named after the person is no mention of them.
      if (!namesAfterPerson(s.tokens, tokens[tokens.length - 1]! + 1)) record(form.person, s.tokens[tokens[tokens.length - 1]!]!);
      i += form.words.length - 1;
    }
    s.tokens.forEach((t, index) => {
      if (consumed.has(index) || !t.word || (!t.capitalized && !JOINED_ARTICLE.test(t.text)) || namesAfterPerson(s.tokens, index + 1)) return;
      // "in May", "May 5": the month, not Theresa May.
      if (SURNAME_MONTHS.has(t.lower) && (/^\d/.test(s.tokens[index + 1]?.text ?? '') || /^(?:in|on|since|until|by|last|next|this|early|late|mid|of|from|through)$/i.test(s.tokens[index - 1]?.text ?? ''))) return;
      // "al-Sisi" folds to "al sisi": its last part is the key.
      const key = nameWords(t.text).pop() ?? '';
      const owners = keys.surname.get(key) ?? keys.given.get(key) ?? keys.surname.get(keys.spelled.get(spelling(key)) ?? '');
      if (!owners || owners.length === 0) return;
      record(Math.min(...owners), t);
    });
  }
  return mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}
