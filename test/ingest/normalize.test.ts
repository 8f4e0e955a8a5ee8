import { describe, expect, it } from 'vitest';
import { mergeMeta, parseDateLine, parseDateline } from '../../src/ingest/metadata.ts';
import { normalize } from '../../src/ingest/normalize.ts';
import { splitSentences } from '../../src/ingest/sentences.ts';
import { seedRaw } from './fixtures.ts';

const FURNITURE = /Dear readers|support us|newsletter|Remind me later|Original url|Related article|A Message from|^Once$|^Monthly$|POOL|kremlin\.ru|\*\*|\]\(|<https?:|^#/im;

describe('normalize strips site furniture', () => {
  for (const prefix of ['000', '001', '002', '003', '004']) {
    it(`seed ${prefix}: no appeal, newsletter, caption, credit, related link or markdown left`, () => {
      const doc = normalize(seedRaw(prefix));
      expect(doc.body).not.toMatch(FURNITURE);
      expect(doc.sentences.length).toBeGreaterThan(4);
    });
  }

  it('keeps every story sentence: the last story line before the appeal survives', () => {
    expect(normalize(seedRaw('004')).body).toMatch(/were in Moscow last week for talks with senior officials\.$/);
    expect(normalize(seedRaw('003')).body).toMatch(/publicly backed Russia’s war against Ukraine\.$/);
  });

  it('renders the two renderings of one story (plain and Markdown) to the same body', () => {
    expect(normalize(seedRaw('001')).body).toBe(normalize(seedRaw('000')).body);
  });

  it('keeps a place dateline that is part of the first sentence', () => {
    expect(normalize(seedRaw('002')).body.startsWith('Moscow, Russian President Vladimir Putin')).toBe(true);
  });

  it('drops a photo caption followed by a bold credit line, and a caption ending with a credit domain', () => {
    expect(normalize(seedRaw('001')).body).not.toContain('Venezuelan president Nicolas Maduro and Russian Deputy');
    expect(normalize(seedRaw('003')).body).not.toContain('Maduro and Putin at the Kremlin');
  });

  it('judges furniture by general signals: a made-up appeal of another site is removed', () => {
    const doc = normalize({
      origin: 'x',
      text: 'Kenya and Uganda signed a border treaty on Monday.\n\nThe treaty ends a long dispute.\n\nDear friends,\nOur reporting depends on you. Please support independent journalism today.\nDonate\nMaybe later',
      meta: {},
    });
    expect(doc.body).toBe('Kenya and Uganda signed a border treaty on Monday.\n\nThe treaty ends a long dispute.');
  });
});

describe('normalize takes metadata from the text when the sidecar lacks it', () => {
  it('title, byline agency, dateline date and "Original url" of the Markdown rendering', () => {
    const doc = normalize(seedRaw('001', false));
    expect(doc.meta).toEqual({
      title: 'Russia Signs Security, Energy Deals With Venezuela',
      agency: 'AFP',
      publishedAt: '2024-11-08',
      url: 'https://www.themoscowtimes.com/2024/11/08/russia-signs-security-energy-deals-with-venezuela-a86944',
    });
  });

  it('a leading headline-like line becomes the title', () => {
    expect(normalize(seedRaw('003', false)).meta.title).toBe('Putin and Maduro Sign Strategic Partnership Treaty in Moscow');
  });

  it('the sidecar wins over the text', () => {
    const doc = normalize({ ...seedRaw('001', false), meta: { publishedAt: '2024-11-09', agency: 'Reuters' } });
    expect(doc.meta.publishedAt).toBe('2024-11-09');
    expect(doc.meta.agency).toBe('Reuters');
    expect(mergeMeta({ title: '' }, { title: 'From text' })).toEqual({ title: 'From text' });
  });

  it('a wire dateline gives date and agency and keeps the place', () => {
    const doc = normalize({ origin: 'x', text: 'NAIROBI, June 3, 2022 (AFP) - Kenya and Ethiopia held talks on Friday.', meta: {} });
    expect(doc.meta).toMatchObject({ publishedAt: '2022-06-03', agency: 'AFP' });
    expect(doc.body).toBe('NAIROBI, Kenya and Ethiopia held talks on Friday.');
    expect(parseDateline('Moscow, Russian President Vladimir Putin said')).toBeUndefined();
  });

  it('a dateline with an ordinal day, or a second calendar and the agency after a comma, gives date and agency', () => {
    expect(parseDateline('KAMPALA, 3rd March, 2021 (UNA) -- The two presidents met.')).toMatchObject({ place: 'KAMPALA', publishedAt: '2021-03-03', agency: 'UNA' });
    expect(parseDateline('Riyadh, Rajab 2, 1440, March 9, 2019, SPA -- The crown prince received the minister.')).toMatchObject({
      place: 'Riyadh',
      publishedAt: '2019-03-09',
      agency: 'SPA',
    });
    const doc = normalize({ origin: 'x', text: 'DOHA, 21st May, 2023 (QNA) -- The emir received the prime minister on Sunday.', meta: {} });
    expect(doc.meta).toMatchObject({ publishedAt: '2023-05-21', agency: 'QNA' });
    expect(doc.body).toBe('DOHA, The emir received the prime minister on Sunday.');
  });

  it('a dateline closed by its bracketed agency, with no dash, gives date and agency', () => {
    expect(parseDateline('Baku, March 14, 2025 (AZERTAC). President Ilham Aliyev received the minister.')).toMatchObject({ place: 'Baku', publishedAt: '2025-03-14', agency: 'AZERTAC' });
    expect(parseDateline('Abuja, Oct. 2, 2024 (NAN) The Federal Government has signed two agreements.')).toMatchObject({ place: 'Abuja', publishedAt: '2024-10-02', agency: 'NAN' });
    const doc = normalize({ origin: 'x', text: 'Baku, March 14, 2025 (AZERTAC). The two ministers met on Thursday.', meta: {} });
    expect(doc.meta).toMatchObject({ publishedAt: '2025-03-14', agency: 'AZERTAC' });
    expect(doc.body).toBe('BAKU, The two ministers met on Thursday.');
  });

  it('a dateline closed by its agency between slashes, as TASS-style agencies write it, gives date and agency', () => {
    expect(parseDateline('ASTANA, October 9, 2023. /Kazinform/. The two presidents held talks.')).toMatchObject({ place: 'ASTANA', publishedAt: '2023-10-09', agency: 'Kazinform' });
    expect(parseDateline('MINSK, 4 July. /BelTA/. The delegations signed a protocol.')).toMatchObject({ place: 'MINSK', monthDay: { month: 7, day: 4 }, agency: 'BelTA' });
    const doc = normalize({ origin: 'x', text: 'Tashkent, May 20, 2024. /UzDaily/. The ministers met on Monday.', meta: {} });
    expect(doc.meta).toMatchObject({ publishedAt: '2024-05-20', agency: 'UzDaily' });
    expect(doc.body).toBe('TASHKENT, The ministers met on Monday.');
    expect(parseDateline('Paris, said on March 14, 2025 /AFP/ that talks ended.')).toBeUndefined();
  });

  it('without a dash, a date and a bracket are not a dateline unless a full date and an agency stand alone', () => {
    expect(parseDateline('Paris, March 14, 2025 (a Friday) was the day the talks ended.')).toBeUndefined();
    expect(parseDateline('Paris, in March 2025 (AFP) The talks ended.')).toBeUndefined();
    expect(parseDateline('Paris, said on March 14, 2025 (AFP) that talks ended.')).toBeUndefined();
  });

  it('prose that holds a date before a dash is not a dateline', () => {
    expect(parseDateline('Moscow, Russian President Vladimir Putin said on March 3, 2021 - that talks would go on.')).toBeUndefined();
    expect(parseDateline('Caracas, where the talks of March 3, 2021 ended -- was calm.')).toBeUndefined();
  });

  it('date lines are read in several shapes, and prose is not a date line', () => {
    expect(parseDateLine('November 08, 2024')).toBe('2024-11-08');
    expect(parseDateLine('8 November 2024')).toBe('2024-11-08');
    expect(parseDateLine('2024-11-08')).toBe('2024-11-08');
    expect(parseDateLine('The talks were held on November 8, 2024 in Caracas and lasted all day long.')).toBeUndefined();
  });
});

describe('splitSentences keeps exact offsets and respects abbreviations', () => {
  it('offsets slice the body back to each sentence', () => {
    const doc = normalize(seedRaw('002'));
    for (const s of doc.sentences) expect(doc.body.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split at "U.S.", "Mr.", initials or decimals, but does after a closing quote', () => {
    const body = 'Mr. Smith met U.S. President Joe Biden and J. R. Jones. Growth was 1.5 percent. "We agree," he said. "It is done." Talks resume Monday.';
    expect(splitSentences(body).map((s) => s.text)).toEqual([
      'Mr. Smith met U.S. President Joe Biden and J. R. Jones.',
      'Growth was 1.5 percent.',
      '"We agree," he said.',
      '"It is done."',
      'Talks resume Monday.',
    ]);
  });

  it('a dotted acronym at the end of a sentence ends it before a usual opener', () => {
    expect(splitSentences('Sanctions came from the U.S. The talks went on.').map((s) => s.text)).toEqual(['Sanctions came from the U.S.', 'The talks went on.']);
  });

  it('a paragraph break always ends a sentence', () => {
    const s = splitSentences('First line without a stop\n\nSecond one.');
    expect(s.map((x) => x.text)).toEqual(['First line without a stop', 'Second one.']);
    expect(s[1]!.start).toBe(27);
  });
});
