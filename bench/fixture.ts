/**
 * The benchmark's inputs, discovered by SQL at start: the busiest leader, the
 * country with most meetings held in it, and the keyset of the row that ends
 * page 499 of `meetings` (newest first), from which page-500 cursors are built.
 */
import postgres from 'postgres';

/** Inputs every query case is built from. */
export interface Fixture {
  /** The person with most meetings: name (as our API filters) and folded key (as the peer's condition). */
  person: { id: number; name: string; key: string; meetings: number };
  /** ISO code of the country with most meetings held in it. */
  countryCode: string;
  /** Sort key of the last meeting of page 499 (rows 9961–9980): the page-500 `after` position. */
  page500After: { date: string; id: number };
}

/** Page size used by the paging cases. */
export const PAGE_SIZE = 20;
/** The deep page measured against page 1. */
export const DEEP_PAGE = 500;

/** Reads the fixture from the database at `url`. */
export async function loadFixture(url: string): Promise<Fixture> {
  const sql = postgres(url, { max: 1 });
  try {
    const [person] = await sql<{ id: number; name: string; key: string; meetings: number }[]>`
      SELECT p.id, p.name, p.key, count(*)::int AS meetings
      FROM "MeetingParticipant" mp JOIN "Person" p ON p.id = mp."personId"
      GROUP BY p.id ORDER BY meetings DESC, p.id LIMIT 1`;
    const [country] = await sql<{ code: string }[]>`
      SELECT "countryCode" AS code FROM "Meeting" WHERE "countryCode" IS NOT NULL
      GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`;
    const [deep] = await sql<{ date: string; id: number }[]>`
      SELECT to_char(date, 'YYYY-MM-DD') AS date, id FROM "Meeting"
      ORDER BY date DESC NULLS LAST, id DESC OFFSET ${(DEEP_PAGE - 1) * PAGE_SIZE - 1} LIMIT 1`;
    if (!person || !country || !deep) throw new Error('the database has no meetings: load it with `npm run seed:synthetic`');
    return { person, countryCode: country.code.trim(), page500After: deep };
  } finally {
    await sql.end();
  }
}
