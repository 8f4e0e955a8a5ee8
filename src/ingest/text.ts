/**
 * Small text helpers shared by the ingestion stages: folding for
 * case- and diacritic-insensitive comparison, title casing, number words.
 */

/** Lower-case, diacritic-free form with typographic apostrophes made plain, for comparisons only. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/** Escapes a string for literal use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words kept lower-case inside a title ("Minister of Industries and National Production"). */
const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'to', 'at', 'de', 'del', 'la']);

/** Title case for role titles: every word capitalised except small joining words after the first. */
export function titleCase(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word, i) => {
      const lower = word.toLowerCase();
      if (i > 0 && SMALL_WORDS.has(lower)) return lower;
      // Keep acronyms ("UN", "NATO") as written.
      if (word.length > 1 && word === word.toUpperCase() && /\p{L}/u.test(word)) return word;
      return lower
        .split('-')
        .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
        .join('-');
    })
    .join(' ');
}

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, pair: 2, couple: 2,
};

/** Source for a RegExp alternative matching a count: digits ("17", "1,200") or number words ("three", "twenty-one", "a dozen"). */
export const COUNT_PATTERN =
  "\\d{1,3}(?:,\\d{3})+|\\d+|(?:a\\s+)?dozens?|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\\s+pair|a\\s+couple";

/**
 * Reads a count written in digits or words: "17" → 17, "three" → 3,
 * "twenty-one" → 21, "a dozen" → 12. Undefined when it is not a count.
 */
export function parseCount(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  const words = t.split(/[-\s]+/).filter((w) => w !== 'a' || t === 'a');
  if (words.length === 0) return undefined;
  let total = 0;
  for (const w of words) {
    const v = UNITS[w.replace(/s$/, '')] ?? UNITS[w];
    if (v === undefined) return undefined;
    total = v === 100 ? Math.max(total, 1) * 100 : total + v;
  }
  return total;
}

/** Half-open character range inside a string. */
export interface Range {
  start: number;
  end: number;
}

/** Ranges of the string that are inside quotation marks (straight or typographic); an unclosed quote runs to the end. */
export function quotedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“' && open < 0) open = i;
    else if (ch === '”' && open >= 0) {
      ranges.push({ start: open, end: i + 1 });
      open = -1;
    } else if (ch === '"') {
      if (open < 0) open = i;
      else {
        ranges.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
  }
  if (open >= 0) ranges.push({ start: open, end: text.length });
  return ranges;
}

/** True when `index` falls inside one of `ranges`. */
export function inRanges(index: number, ranges: readonly Range[]): boolean {
  return ranges.some((r) => index >= r.start && index < r.end);
}
