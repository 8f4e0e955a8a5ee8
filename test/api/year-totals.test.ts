/**
 * An unfiltered `agreementsByYear` reads "AgreementYearTotal", which the
 * triggers of migration agreement_year_totals keep equal to the GROUP BY over
 * "Agreement" through inserts (one or many per statement), updates of the
 * year or the document count, deletes and truncation.
 */
import { describe, expect, it } from 'vitest';
import { agreement, countries } from './fixtures.ts';
import { useApi } from './harness.ts';

interface Year {
  year: number;
  agreements: number;
  documents: number;
}

const api = useApi(async (prisma) => {
  await countries(prisma);
  await agreement(prisma, { date: '2019-04-01', documentCount: 11 });
  await agreement(prisma, { date: '2019-06-01' }); // no count: one document
  await agreement(prisma, { date: '2024-11-07', documentCount: 17 });
  await agreement(prisma, { date: null, year: null, spanFromYear: 2001, spanToYear: 2019, documentCount: 260 }); // in no year
});

/** The totals as the API answers them. */
async function answered(): Promise<Year[]> {
  return (await api.data<{ agreementsByYear: Year[] }>(`{ agreementsByYear { year agreements documents } }`)).agreementsByYear;
}

/** The totals computed from the agreements themselves. */
function computed(): Promise<Year[]> {
  return api.prisma.$queryRaw<Year[]>`
    SELECT "year", count(*)::int AS agreements, sum(coalesce("documentCount", 1))::int AS documents
    FROM "Agreement" WHERE "year" IS NOT NULL GROUP BY "year" ORDER BY "year"`;
}

describe('agreementsByYear totals', () => {
  it('are read from AgreementYearTotal in one statement, equal to the GROUP BY', async () => {
    api.resetStatements();
    const years = await answered();
    expect(api.statements).toHaveLength(1);
    expect(api.statements[0]).toMatch(/FROM "AgreementYearTotal"/);
    expect(years).toEqual([
      { year: 2019, agreements: 2, documents: 12 },
      { year: 2024, agreements: 1, documents: 17 },
    ]);
    expect(years).toEqual(await computed());
  });

  it('follow a many-row insert, an update of year and count, and a delete', async () => {
    await api.prisma.agreement.createMany({
      data: [2020, 2020, 2021].map((year, i) => ({ key: `bulk-${i}`, title: `Bulk ${i}`, kind: 'AGREEMENT', date: new Date(Date.UTC(year, 0, 1)), year, documentCount: i + 1 })),
    });
    expect(await answered()).toEqual(await computed());
    const moved = await api.prisma.agreement.findFirstOrThrow({ where: { year: 2024 } });
    await api.prisma.agreement.update({ where: { id: moved.id }, data: { year: 2021, documentCount: 5 } });
    const years = await answered();
    expect(years.map((y) => y.year)).toEqual([2019, 2020, 2021]); // 2024 had only that agreement
    expect(years).toEqual(await computed());
    await api.prisma.agreement.deleteMany({ where: { year: 2020 } });
    expect((await answered()).map((y) => y.year)).toEqual([2019, 2021]);
    expect(await answered()).toEqual(await computed());
  });

  it('with a filter are the GROUP BY itself', async () => {
    api.resetStatements();
    const data = await api.data<{ agreementsByYear: Year[] }>(`{ agreementsByYear(filter: { year: 2019 }) { year agreements documents } }`);
    expect(data.agreementsByYear).toEqual([{ year: 2019, agreements: 2, documents: 12 }]);
    expect(api.statements[0]).toMatch(/GROUP BY/);
  });

  it('are empty after the agreements are truncated', async () => {
    await api.prisma.$executeRawUnsafe('TRUNCATE "Agreement" CASCADE');
    expect(await answered()).toEqual([]);
  });
});
