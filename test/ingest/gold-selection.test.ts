import { describe, expect, it } from 'vitest';
import { parseArticleRange, readGoldSet, selectArticles } from '../../src/eval/goldSet.ts';

describe('scoring part of a gold set (npm run eval -- --articles 149-156)', () => {
  it('reads a range or a single article number', () => {
    expect(parseArticleRange('149-156')).toEqual({ from: 149, to: 156 });
    expect(parseArticleRange(' 7 ')).toEqual({ from: 7, to: 7 });
  });

  it('refuses a range written any other way, naming what it got', () => {
    expect(() => parseArticleRange('149..156')).toThrow('--articles "149..156": write a number or a range such as 165-172');
    expect(() => parseArticleRange('156-149')).toThrow(/156-149/);
  });

  it('keeps exactly the articles numbered in the range, and no seed document', async () => {
    const docs = await readGoldSet();
    const half = selectArticles(docs, { from: 149, to: 156 });
    expect(half.map((d) => d.label.slice(0, 4))).toEqual(['149-', '150-', '151-', '152-', '153-', '154-', '155-', '156-']);
    expect(selectArticles(docs, { from: 1, to: 9 }).every((d) => /^0\d-/.test(d.label))).toBe(true);
    expect(selectArticles(docs, { from: 1, to: 9999 }).some((d) => d.label.startsWith('seed/'))).toBe(false);
  });
});
