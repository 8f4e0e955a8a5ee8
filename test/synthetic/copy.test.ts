import { describe, expect, it } from 'vitest';
import { arrayLiteral, encodeRow } from '../../src/synthetic/copy.ts';

describe('COPY text encoding', () => {
  it('escapes backslash, tab, newline and carriage return, and writes NULL as \\N', () => {
    expect(encodeRow(['a\\b', 'tab\there', 'two\nlines\r', null, 3, true])).toBe('a\\\\b\ttab\\there\ttwo\\nlines\\r\t\\N\t3\tt\n');
  });

  it('quotes every array element and escapes quotes and backslashes inside them', () => {
    expect(arrayLiteral([])).toBe('{}');
    expect(arrayLiteral(['plain', 'with "quote"', 'back\\slash', 'a,b'])).toBe('{"plain","with \\"quote\\"","back\\\\slash","a,b"}');
    // The array literal is then escaped again as COPY text: its backslashes double.
    expect(encodeRow([['x\\y']])).toBe('{"x\\\\\\\\y"}\n');
  });
});
