import { describe, expect, it } from 'vitest';
import { foldName, nameKeysOf } from '../../src/people/names.ts';

describe('name keys: one key whatever the spelling', () => {
  it('ignores case, spacing and diacritics', () => {
    expect(foldName('Nicolás  MADURO')).toBe(foldName('Nicolas Maduro'));
    expect(foldName('Recep Tayyip Erdoğan')).toBe('recep tayyip erdogan');
  });

  it('spells letters that have no decomposition the way English copy does', () => {
    expect(foldName('Jonas Gahr Støre')).toBe('jonas gahr store');
    expect(foldName('Mariusz Błaszczak')).toBe('mariusz blaszczak');
    expect(foldName('Dubravka Đedović')).toBe('dubravka dedovic');
  });

  it('folds the endings transliterations spell two ways', () => {
    expect(foldName('Sergey Lavrov')).toBe(foldName('Sergei Lavrov'));
    expect(foldName('Volodymyr Zelenskyy')).toBe(foldName('Volodymyr Zelensky'));
    expect(foldName('Dmitriy Peskov')).toBe(foldName('Dmitry Peskov'));
  });

  it('keys a person by full name, aliases and surname', () => {
    expect(nameKeysOf('Jonas Gahr Støre', ['Støre'])).toEqual(['jonas gahr store', 'store']);
  });
});
