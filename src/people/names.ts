/**
 * Name keys: the forms under which a person is found, whatever the spelling.
 * "Nicolás Maduro", "Nicolas  Maduro" and "NICOLAS MADURO" share one key, and
 * common transliteration variants of the same name ("Sergey"/"Sergei") fold together.
 */

/** Letters NFKD does not decompose, spelled the way English copy writes them without diacritics ("Støre" → "Store"). */
const PLAIN_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/** Lower-case, diacritic-free, single-spaced form of a name or query. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđðþıħ]/g, (ch) => PLAIN_LETTERS[ch] ?? ch)
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map(foldTransliteration)
    .join(' ');
}

/** The English spellings of the Arabic name Muhammad, one person's name written several ways in one paper. */
const MUHAMMAD = /^(?:muhammad|muhammed|mohammad|mohammed|mohamad|mohamed|muhamed)$/;

/** Folds the endings that English transliterations of Slavic names spell two ways (-ey/-ei, -iy/-y, -yy/-y), and the spellings of Muhammad. */
function foldTransliteration(word: string): string {
  if (MUHAMMAD.test(word)) return 'mohamed';
  return word.replace(/ey$/, 'ei').replace(/iy$/, 'y').replace(/yi$/, 'y').replace(/yy$/, 'y');
}

/** The last word of a folded name: how news refers to a person after the first mention. */
export function surnameKey(name: string): string {
  const parts = foldName(name).split(' ');
  return parts[parts.length - 1] ?? '';
}

/** Every key a person can be looked up by: full name, each alias, and the surname. */
export function nameKeysOf(name: string, aliases: readonly string[]): string[] {
  const keys = new Set<string>([foldName(name), ...aliases.map(foldName), surnameKey(name)]);
  keys.delete('');
  return [...keys].sort();
}
