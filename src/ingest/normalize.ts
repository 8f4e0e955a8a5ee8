/**
 * Normalize: turn scraped text (plain or Markdown) into the story alone.
 * Markdown is stripped; site furniture (donation appeals, newsletter boxes,
 * related-article links, captions and photo credits, bylines, title and date
 * lines, "Original url:") is removed, and what it told about the article
 * (title, URL, agency, date) is kept as metadata. Every story sentence stays.
 *
 * Furniture is recognised by general signals — typical appeal and newsletter
 * phrases, line shape (short, unpunctuated, credit-like) and position (before
 * the story starts, after an appeal begins) — never by a publisher's exact text.
 */
import { countryOfCity } from '../countries/catalog.ts';
import { isoDay, mergeMeta, parseDateline, parseDateLine, yearOfUndatedDateline } from './metadata.ts';
import { splitSentences } from './sentences.ts';
import type { ArticleMeta, NormalizedDocument, RawDocument } from './types.ts';

/** A source line after inline Markdown was removed, with what its raw shape told. */
interface Line {
  text: string;
  /** The line as scraped. */
  raw: string;
  /** The raw line was a Markdown heading ("# Title"). */
  heading: boolean;
  /** The raw line was wholly bold ("**Name / POOL / TASS**"). */
  bold: boolean;
  blank: boolean;
}

/** Opens a donation appeal or newsletter box: everything appeal-like after it is furniture. */
const APPEAL_START =
  /^(?:a message from\b|dear (?:readers?|friends|subscribers|supporters)\b|support (?:us|our|independent|quality)\b|please (?:support|consider|donate)\b|become a (?:member|subscriber|supporter|patron)\b|donate\b|make a (?:donation|contribution)\b|sign up\b|subscribe\b|get (?:our|the) (?:free )?(?:newsletter|daily|weekly)\b|(?:our|the) (?:free )?(?:daily |weekly )?newsletter\b|never miss\b|not ready to support\b|remind me later\b)/i;

/** Vocabulary of appeals, paywalls and sign-up boxes (used for lines inside such a block). */
const APPEAL_WORDS =
  /\b(?:support(?:ing)?|donat\w*|contribut\w*|subscri\w*|newsletter|journalism|readers?|privacy policy|terms of (?:use|service)|payment|paiment|credit card|paypal|monthly|annual(?:ly)?|one-time|membership|inbox|mailbox|sign up|unsubscribe)\b/i;

/** First or second person outside quotes: appeals talk to "you" about "us"; news copy rarely does. */
const PERSONAL = /\b(?:we|our|us|you|your|you're|we're)\b/i;

/** Single furniture lines that can appear anywhere: related links, share bars, ads, copyright. */
const FURNITURE_LINE =
  /^(?:related(?: articles?| stories| content| news| coverage| topics?)?\s*:|related (?:articles?|stories|content|news|coverage)\s*$|(?:tags|topics|filed under|more on|more about|source)\s*:|read (?:more|also)\b|see also\b|also read\b|more (?:on this|from)\b|recommended\b|advertisement\b|share (?:this|on)\b|follow us\b|click here\b|download (?:our|the) app\b|copyright\b|©|all rights reserved\b|this (?:article|story) (?:was|has been) (?:updated|corrected)\b|photo(?:graph)?s?\s*:|image\s*:|(?:video|watch)\s*:)/i;

/**
 * "* [India's Modi in Brunei for first visit](#)": a list item that is
 * wholly a link is a headline of another story (a "Read more" box, a list of
 * related articles), never a sentence of this one.
 */
const LINK_ITEM = /^\s*(?:[-*+•]|\d+[.)])\s+\[[^\]]+\]\([^)]*\)\s*$/;

/**
 * "[Emmanuel Macron](…/tag/…) [France](…/tag/…)": a line of two or more links
 * and nothing else but separators is a tag list or a menu; read as text, its
 * names would run together into one.
 */
const LINK_ROW = /^\s*(?:\[[^\]]+\]\([^)]*\)[\s|,·•/-]*){2,}$/;

/** Words found in photo credits. */
const CREDIT_WORDS = /\b(?:pool|photo|getty|images|afp|ap|reuters|tass|ria novosti|sputnik|epa|xinhua|anadolu|shutterstock|press service|handout|via)\b|\s\/\s/i;

/** A caption that ends with its credit as a web domain ("… at the Kremlin. kremlin.ru"). */
const ENDS_WITH_DOMAIN = /(?:^|\s)[\w-]+(?:\.[\w-]+)*\.(?:ru|com|org|net|gov|int|info|io|co|uk|de|fr|ve|cn|ua|eu|by|kz)\s*$/i;

/** Strips inline Markdown and HTML from one line; links keep their text, autolinks and images go. */
function stripInline(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<https?:[^>\s]+>/g, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/^\s*>\s?/, '')
    .replace(/^\s*(?:[-*+•]|\d+[.)])\s+(?=\S)/, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function toLines(text: string): Line[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
    .split('\n')
    .map((raw) => {
      const heading = /^\s*#{1,6}\s+/.test(raw);
      const bold = /^\s*(\*\*|__)[^*_].*\1\s*$/.test(raw.trim()) && !/\*\*.*\*\*.+\*\*/.test(raw.replace(/^\s*\*\*|\*\*\s*$/g, ''));
      const text = stripInline(raw.replace(/^\s*#{1,6}\s+/, ''));
      return { text, raw, heading, bold, blank: text.length === 0 };
    });
}

/** Ends like a sentence: terminal punctuation, possibly followed by closing quotes or brackets. */
function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A headline: no final period, not too long, and most words capitalised. */
function looksLikeHeadline(text: string): boolean {
  if (endsLikeSentence(text) && !/[!?]$/.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 25) return false;
  const capitalised = words.filter((w) => /^["“‘']?\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.6;
}

/** A photo credit line: bold-only and short, or shaped like "Name / POOL / TASS". */
function looksLikeCredit(line: Line): boolean {
  if (wordCount(line.text) > 12 || endsLikeSentence(line.text)) return false;
  return line.bold || (CREDIT_WORDS.test(line.text) && /\s\/\s|^\(?(?:photo|credit)/i.test(line.text));
}

/** Appeal-like line inside a donation or newsletter block. */
function isAppealLike(text: string): boolean {
  const unquoted = text.replace(/["“][^"”]*["”]/g, '');
  return wordCount(text) <= 4 || APPEAL_WORDS.test(text) || PERSONAL.test(unquoted) || APPEAL_START.test(text);
}

/** What the furniture told about the article. */
interface Found {
  meta: ArticleMeta;
  story: string[];
}

/**
 * Removes "Original url:" lines and the URL line after them (often an autolink
 * that inline stripping emptied), taking the URL as metadata.
 */
function takeOriginalUrl(lines: Line[], meta: ArticleMeta): Line[] {
  const kept: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!/^(?:original (?:url|link|article)|source url|url)\s*:/i.test(line.text)) {
      kept.push(line);
      continue;
    }
    let j = i;
    let url = urlIn(line.raw);
    while (url === undefined && j + 1 < lines.length && j - i < 3) {
      j++;
      url = urlIn(lines[j]!.raw);
      if (!lines[j]!.blank && url === undefined) {
        j--;
        break;
      }
    }
    if (url !== undefined && !meta.url) meta.url = url;
    i = j;
  }
  return kept;
}

function urlIn(raw: string): string | undefined {
  return /<?(https?:\/\/[^\s>)]+)>?/.exec(raw)?.[1];
}

/** Classifies lines, keeping story lines and collecting metadata from the furniture. */
function separateStory(lines: Line[]): Found {
  const meta: ArticleMeta = {};
  const story: string[] = [];
  let storyStarted = false;
  let inAppeal = false;
  let datelinePlace: string | undefined;
  const captions: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (line.blank) continue;
    if (inAppeal) {
      if (isAppealLike(text)) continue;
      // A line that is neither appeal nor button ends the block and is judged like any other.
      inAppeal = false;
    }
    if (APPEAL_START.test(text) || (/^support\b/i.test(text) && wordCount(text) <= 6)) {
      inAppeal = true;
      continue;
    }
    if (FURNITURE_LINE.test(text) || /^https?:\/\/\S+$/.test(text) || LINK_ITEM.test(line.raw) || LINK_ROW.test(line.raw)) continue;
    if (line.heading) {
      if (!storyStarted && !meta.title) meta.title = text;
      continue;
    }
    // "KANANASKIS:" alone on a line before the story (Indian and some Asian papers): the dateline, kept for the first paragraph.
    if (!storyStarted && story.length === 0 && /^\p{Lu}[\p{Lu} .'-]{1,40}:$/u.test(text)) {
      datelinePlace ??= text.slice(0, -1).trim();
      continue;
    }
    // "NEW DELHI" alone on a line, with no colon: a dateline too, when it names a known city (not "READOUT" or "ANALYSIS").
    if (!storyStarted && story.length === 0 && /^\p{Lu}[\p{Lu} .'-]{1,40}$/u.test(text) && countryOfCity(text) !== undefined) {
      datelinePlace ??= text;
      continue;
    }
    const byline = /^by\s+(.{2,60})$/i.exec(text);
    if (byline && !endsLikeSentence(text) && wordCount(text) <= 8) {
      if (!meta.agency) meta.agency = byline[1]!.replace(/\s+(?:and|&)\s+.*$/, '').trim();
      continue;
    }
    // "Anna Kowalczyk in Warsaw | with Reuters, AFP": the author and the agencies, not story.
    if (/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}(?:\s+in\s+\p{Lu}[\p{L} '’-]*)?\s*\|\s*with\s+\p{Lu}/u.test(text) && !endsLikeSentence(text) && wordCount(text) <= 12) continue;
    // "Author Anna Kowalczyk (with AFP, dpa)", "Authors: …": a credit line, not story.
    if (/^authors?\b:?\s+\p{Lu}/iu.test(text) && !endsLikeSentence(text) && wordCount(text) <= 10) continue;
    const date = parseDateLine(text);
    if (date) {
      if (!meta.publishedAt) meta.publishedAt = date;
      continue;
    }
    // "X and Y sign the accord in Z. REUTERS/Jane Roe": a caption loses its credit and keeps the people and titles it names.
    // Before the story it would stand in the dateline's place, so it goes after the story.
    const caption = withoutPhotoCredit(text);
    if (caption !== undefined) {
      if (storyStarted) story.push(caption);
      else captions.push(caption);
      continue;
    }
    if (looksLikeCredit(line)) {
      // The line before a credit is its caption, unless it is already kept as story with others after it.
      const last = story[story.length - 1];
      if (last !== undefined && wordCount(last) <= 40 && isDirectlyBefore(lines, i, last)) story.pop();
      continue;
    }
    if (ENDS_WITH_DOMAIN.test(text) && wordCount(text) <= 30) continue;
    if (!storyStarted && !endsLikeSentence(text) && !introducesText(text)) {
      if (!meta.title && looksLikeHeadline(text)) meta.title = text;
      continue;
    }
    if (!endsLikeSentence(text) && wordCount(text) <= 4) continue;
    storyStarted = true;
    story.push(datelinePlace !== undefined && story.length === 0 ? `${datelinePlace}, ${text}` : text);
  }
  return { meta, story: story.length > 0 ? [...story, ...captions] : story };
}

/**
 * "The following is attributable to Spokesperson X:", "He said in a
 * statement:": a line in sentence case that ends in a colon introduces the
 * text after it, and is story, not a label or a headline.
 */
function introducesText(text: string): boolean {
  if (!/^\p{Lu}.*\p{L}:$/u.test(text) || wordCount(text) < 5 || looksLikeHeadline(text)) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.filter((w) => /^\p{Ll}/u.test(w)).length >= 2;
}

/**
 * Photo credits at the end of a caption: "(AP Photo/Jane Roe)", "(Photo:
 * Presidential Office)", "Photo: State House", "| Photo: NA / Presidencia",
 * "PHOTO | FILE", "Photograph: Jane Roe/AAP", "- Copyright AP Photo/Jane Roe",
 * "REUTERS/Jane Roe", "— PID".
 */
const PHOTO_CREDITS = [
  /\s*\([^()]*\b(?:photo|photograph|picture|image|credit)s?\b[^()]*\)\s*$/iu,
  /\s*(?:[|—–-]\s*)?(?:copyright\s+)?(?:[A-Z]{2,}\s+)?(?:[Pp]hoto(?:graph)?s?|PHOTOS?|[Pp]icture|[Ii]mage|[Cc]redit)\s*[:|/].*$/u,
  // The agency in capitals: "REUTERS/Jane Roe", "— PID".
  /\s+\p{Lu}{2,}(?:\s\p{Lu}{2,})?\/\p{Lu}.*$/u,
  /\s*[—–]\s*\p{Lu}{2,}\s*$/u,
];

/** A caption without its photo credit, when the line is a sentence followed by one; undefined otherwise. */
function withoutPhotoCredit(text: string): string | undefined {
  for (const credit of PHOTO_CREDITS) {
    const m = credit.exec(text);
    if (!m || m.index === 0) continue;
    const caption = text.slice(0, m.index).trim();
    if (endsLikeSentence(caption) && wordCount(caption) >= 4) return caption;
  }
  return undefined;
}

/** True when `text` is the last non-blank line before line `index`. */
function isDirectlyBefore(lines: Line[], index: number, text: string): boolean {
  for (let k = index - 1; k >= 0; k--) {
    if (lines[k]!.blank) continue;
    return lines[k]!.text === text;
  }
  return false;
}

/** Joins hard-wrapped lines: a line without final punctuation continues into a next line that starts in lower case. */
function toParagraphs(story: string[]): string[] {
  const paragraphs: string[] = [];
  for (const line of story) {
    const prev = paragraphs[paragraphs.length - 1];
    if (prev !== undefined && !endsLikeSentence(prev) && /^[\p{Ll}]/u.test(line)) paragraphs[paragraphs.length - 1] = `${prev} ${line}`;
    else paragraphs.push(line);
  }
  return paragraphs;
}

/** Strips a wire dateline's date and agency ("NAIROBI, June 3, 2022 (AFP) - ") but keeps its place. */
function takeDateline(paragraphs: string[], meta: ArticleMeta): void {
  const first = paragraphs[0];
  if (first === undefined) return;
  const dateline = parseDateline(first);
  if (!dateline) return;
  if (dateline.publishedAt && !meta.publishedAt) meta.publishedAt = dateline.publishedAt;
  if (dateline.agency && !meta.agency) meta.agency = dateline.agency;
  // In capitals, as wires print it, so a title-case place ("Faro") is never read as a name in the sentence.
  paragraphs[0] = `${dateline.place.toUpperCase()}, ${first.slice(dateline.length)}`;
  if (dateline.monthDay && !meta.publishedAt) {
    const year = yearOfUndatedDateline(paragraphs.join('\n'));
    if (year !== undefined) meta.publishedAt = isoDay(year, dateline.monthDay.month, dateline.monthDay.day);
  }
}

/**
 * Cleans a raw document into its story body, sentences and merged metadata.
 * The sidecar metadata wins over what the text shows.
 */
export function normalize(doc: RawDocument): NormalizedDocument {
  const fromText: ArticleMeta = {};
  const lines = takeOriginalUrl(toLines(doc.text), fromText);
  const { meta, story } = separateStory(lines);
  const paragraphs = toParagraphs(story);
  takeDateline(paragraphs, meta);
  const body = paragraphs.join('\n\n');
  return {
    origin: doc.origin,
    body,
    sentences: splitSentences(body),
    meta: mergeMeta(doc.meta, { ...meta, ...definedOnly(fromText) }),
  };
}

function definedOnly(meta: ArticleMeta): ArticleMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) as ArticleMeta;
}
