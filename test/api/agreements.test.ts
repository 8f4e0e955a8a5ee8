/**
 * Query.agreements and Query.agreementsByYear.
 */
import { describe, expect, it } from 'vitest';
import { agreement, article, countries, meeting, person } from './fixtures.ts';
import { useApi } from './harness.ts';

const api = useApi(async (prisma) => {
  await countries(prisma);
  const news = await article(prisma, { title: 'Treaty signed' });
  const putin = await person(prisma, 'Vladimir Putin', { countryCode: 'RU' });
  const maduro = await person(prisma, 'Nicolás Maduro', { countryCode: 'VE', aliases: ['Maduro'] });
  const moscow = await meeting(prisma, { date: '2025-05-07', city: 'Moscow', countryCode: 'RU', participants: [{ person: putin }, { person: maduro }] });
  await agreement(prisma, {
    title: 'Strategic partnership treaty', kind: 'TREATY', date: '2025-05-07', topics: ['energy', 'transport'],
    parties: ['VE', 'RU'], signatories: [putin, maduro], meeting: moscow,
    sources: [{ article: news, quote: 'Putin and Maduro signed a treaty.', position: 7 }],
  });
  await agreement(prisma, { title: '11 agreements', kind: 'PACKAGE', date: '2019-04', documentCount: 11, parties: ['RU', 'VE'], topics: ['Oil and gas'] });
  await agreement(prisma, { title: '17 agreements', kind: 'PACKAGE', date: '2024-11-07', documentCount: 17, parties: ['RU', 'VE'], topics: ['intelligence', 'counter-espionage'] });
  await agreement(prisma, { title: 'Rice contract', kind: 'CONTRACT', date: '2024-02', parties: ['CN', 'VE'], topics: ['food 100%_pure'] });
  await agreement(prisma, {
    title: 'About 260 agreements', kind: 'PACKAGE', date: null, year: null, spanFromYear: 2001, spanToYear: 2019,
    documentCount: 260, documentCountApproximate: true, parties: ['RU', 'VE'],
  });
});

async function titles(filter: Record<string, unknown>): Promise<string[]> {
  const data = await api.data<{ agreements: { nodes: { title: string }[] } }>(
    `query($f: AgreementFilter) { agreements(filter: $f, first: 100) { nodes { title } } }`,
    { f: filter },
  );
  return data.agreements.nodes.map((a) => a.title);
}

describe('agreements', () => {
  it('are listed newest first, span totals (no date) last', async () => {
    expect(await titles({})).toEqual(['Strategic partnership treaty', '17 agreements', 'Rice contract', '11 agreements', 'About 260 agreements']);
  });

  it('carry kind, date, parties, signatories, topics, meeting and sources', async () => {
    const data = await api.data<{ agreements: { nodes: unknown[] } }>(`{ agreements(filter: { kind: TREATY }) { nodes {
      title kind date datePrecision year documentCount documentCountApproximate spanFromYear spanToYear
      parties { code name } signatories { name } topics valueUsd meeting { city } sources { quote position article { title } }
    } } }`);
    expect(data.agreements.nodes).toEqual([{
      title: 'Strategic partnership treaty', kind: 'TREATY', date: '2025-05-07', datePrecision: 'DAY', year: 2025,
      documentCount: null, documentCountApproximate: false, spanFromYear: null, spanToYear: null,
      parties: [{ code: 'RU', name: 'Russia' }, { code: 'VE', name: 'Venezuela' }],
      signatories: [{ name: 'Nicolás Maduro' }, { name: 'Vladimir Putin' }],
      topics: ['energy', 'transport'], valueUsd: null, meeting: { city: 'Moscow' },
      sources: [{ quote: 'Putin and Maduro signed a treaty.', position: 7, article: { title: 'Treaty signed' } }],
    }]);
  });

  it('filter by year (spans have no year), from/to, kind', async () => {
    expect(await titles({ year: 2019 })).toEqual(['11 agreements']);
    expect(await titles({ from: '2024', to: '2024-06' })).toEqual(['Rice contract']);
    expect(await titles({ kind: 'PACKAGE' })).toEqual(['17 agreements', '11 agreements', 'About 260 agreements']);
  });

  it('filter by party code (any case)', async () => {
    expect(await titles({ partyCode: 'cn' })).toEqual(['Rice contract']);
  });

  it('filter by signatory, ignoring case and diacritics', async () => {
    expect(await titles({ signatory: 'nicolas maduro' })).toEqual(['Strategic partnership treaty']);
    expect(await titles({ signatory: 'MADURO' })).toEqual(['Strategic partnership treaty']);
    expect(await titles({ signatory: 'Hugo Chávez' })).toEqual([]);
  });

  it('filter by topic: case-insensitive substring, LIKE wildcards taken literally', async () => {
    expect(await titles({ topic: 'ESPIONAGE' })).toEqual(['17 agreements']);
    expect(await titles({ topic: 'oil' })).toEqual(['11 agreements']);
    expect(await titles({ topic: '100%_' })).toEqual(['Rice contract']);
    expect(await titles({ topic: '%' })).toEqual(['Rice contract']);
  });
});

describe('agreementsByYear', () => {
  it('counts rows and documents per year ascending, a null count as 1, and leaves span totals out', async () => {
    const data = await api.data<{ agreementsByYear: unknown[] }>(`{ agreementsByYear { year agreements documents } }`);
    expect(data.agreementsByYear).toEqual([
      { year: 2019, agreements: 1, documents: 11 },
      { year: 2024, agreements: 2, documents: 18 },
      { year: 2025, agreements: 1, documents: 1 },
    ]);
  });

  it('applies the filter, year included', async () => {
    const byParty = await api.data<{ agreementsByYear: unknown[] }>(`{ agreementsByYear(filter: { partyCode: "CN" }) { year agreements documents } }`);
    expect(byParty.agreementsByYear).toEqual([{ year: 2024, agreements: 1, documents: 1 }]);
    const byYear = await api.data<{ agreementsByYear: unknown[] }>(`{ agreementsByYear(filter: { year: 2019 }) { year documents } }`);
    expect(byYear.agreementsByYear).toEqual([{ year: 2019, documents: 11 }]);
  });
});
