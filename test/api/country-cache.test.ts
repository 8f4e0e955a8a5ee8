/**
 * The country table is read once when the server starts (reference data:
 * nothing writes it after seeding), so naming a meeting's country costs no
 * statement; a country the cache does not have is still read from the
 * database, once.
 */
import { describe, expect, it } from 'vitest';
import { countries, country, meeting } from './fixtures.ts';
import { useApi } from './harness.ts';

const api = useApi(async (prisma) => {
  await countries(prisma);
  await meeting(prisma, { date: '2024-05-01', countryCode: 'RU' });
  await meeting(prisma, { date: '2024-04-01', countryCode: 'CN' });
});

const QUERY = `{ meetings(first: 10) { nodes { date country { code name } } } }`;

interface Page {
  meetings: { nodes: { date: string; country: { code: string; name: string } | null }[] };
}

describe('countries', () => {
  it('known at start cost no statement', async () => {
    api.resetStatements();
    const data = await api.data<Page>(QUERY);
    expect(data.meetings.nodes.map((m) => m.country?.name)).toEqual(['Russia', 'China']);
    expect(api.statements).toHaveLength(1);
  });

  it('added after start are read from the database once, then kept', async () => {
    await country(api.prisma, 'XQ', 'Fixtureland XQ');
    await meeting(api.prisma, { date: '2024-06-01', countryCode: 'XQ' });
    api.resetStatements();
    const first = await api.data<Page>(QUERY);
    expect(first.meetings.nodes.map((m) => m.country?.code)).toEqual(['XQ', 'RU', 'CN']);
    expect(api.statements).toHaveLength(2);
    expect(api.statements[1]).toMatch(/FROM "Country" WHERE code = ANY/);
    api.resetStatements();
    const again = await api.data<Page>(QUERY);
    expect(again.meetings.nodes[0]?.country?.name).toBe('Fixtureland XQ');
    expect(api.statements).toHaveLength(1);
  });

  it('an unknown code is null', async () => {
    const data = await api.data<{ country: { name: string } | null }>(`{ country(code: "XZ") { name } }`);
    expect(data.country).toBeNull();
  });
});
