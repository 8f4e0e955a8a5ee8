import { beforeAll, describe, expect, it } from 'vitest';
import { ingestDocument, type IngestReport } from '../../src/ingest/pipeline.ts';
import { truncateContent, useFreshDatabase } from '../support/database.ts';

const db = useFreshDatabase();

/** A wire story as the API or CLI would hand it over. */
function story(origin: string, publishedAt: string, text: string) {
  return { origin, text, meta: { publishedAt } };
}

async function ingest(origin: string, publishedAt: string, text: string): Promise<IngestReport & { ok: true }> {
  const report = await ingestDocument(db.prisma, story(origin, publishedAt, text));
  if (!report.ok) throw report.error;
  return report;
}

async function meetingsOf(name: string) {
  return db.prisma.meeting.findMany({
    where: { participants: { some: { person: { name } } } },
    include: { participants: { include: { person: true } } },
    orderBy: { id: 'asc' },
  });
}

describe('people known only from an earlier article', () => {
  beforeAll(async () => {
    await truncateContent(db.prisma);
    await ingest(
      'first.txt',
      '2024-03-05',
      'MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov met Indian External Affairs Minister Subrahmanyam Jaishankar in Moscow on Monday. The two ministers discussed oil trade and payments.',
    );
    await ingest(
      'second.txt',
      '2024-04-10',
      'BEIJING (Reuters) - Lavrov held talks with Chinese Foreign Minister Wang Yi in Beijing on Tuesday. The two ministers discussed trade and security in Asia, the Chinese foreign ministry said.',
    );
  });

  it('reads a surname the story never introduces as the person an earlier story did', async () => {
    const meetings = await meetingsOf('Sergei Lavrov');
    expect(meetings).toHaveLength(2);
    const beijing = meetings.find((m) => m.city === 'Beijing');
    expect(beijing?.participants.map((p) => p.person.name).sort()).toEqual(['Sergei Lavrov', 'Wang Yi']);
    expect(beijing?.date?.toISOString().slice(0, 10)).toBe('2024-04-09');
  });

  it('keeps one person for the two stories', async () => {
    expect(await db.prisma.person.count({ where: { name: { contains: 'Lavrov' } } })).toBe(1);
  });

  it('does not guess between two known people who share the surname', async () => {
    await ingest(
      'aliyevs.txt',
      '2024-05-02',
      'BAKU (AP) - Azerbaijani President Ilham Aliyev met Georgian Prime Minister Irakli Kobakhidze in Baku on Tuesday. His father, former President Heydar Aliyev, led the country until 2003.',
    );
    await ingest('aliyev-again.txt', '2024-05-20', 'TOKYO (AP) - Aliyev held talks with Japanese Foreign Minister Yoko Kamikawa in Tokyo on Friday, officials said.');
    const known = await db.prisma.person.findMany({ where: { name: { in: ['Ilham Aliyev', 'Heydar Aliyev'] } } });
    expect(known).toHaveLength(2);
    const linked = await db.prisma.meetingParticipant.count({ where: { personId: { in: known.map((p) => p.id) }, meeting: { city: 'Tokyo' } } });
    expect(linked).toBe(0);
  });
});
