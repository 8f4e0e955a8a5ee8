/**
 * Specs for the stage contract of src/ingest/extract/index.ts: any stage can
 * be replaced (by a model behind HTTP, say) and the rule stages after it read
 * its output.
 */
import { describe, expect, it } from 'vitest';
import { extract, extractWith, ruleStages } from '../../src/ingest/extract/index.ts';
import { normalize } from '../../src/ingest/normalize.ts';
import type { ExtractedMeeting } from '../../src/ingest/types.ts';

const doc = () =>
  normalize({
    origin: 'made-up',
    text: 'Chilean President Ana Reyes held talks with Peruvian President Luis Ortega in Lima on Monday. The two countries signed four agreements on trade.',
    meta: { publishedAt: '2022-05-04' },
  });

describe('extraction stages', () => {
  it('with the rule stages only, extractWith gives what extract gives', async () => {
    expect(await extractWith(doc(), {})).toEqual(extract(doc()));
  });

  it('an asynchronous meetings stage replaces the rule one, and the agreements stage links to its meetings', async () => {
    const d = doc();
    const first = d.sentences[0]!;
    const meeting: ExtractedMeeting = {
      participants: [{ name: 'Ana Reyes' }, { name: 'Luis Ortega' }],
      date: { year: 2022, month: 5, day: 2, precision: 'DAY' },
      status: 'HELD',
      kind: 'IN_PERSON',
      city: 'Lima',
      countryCode: 'PE',
      sources: [{ quote: first.text, position: first.start }],
    };
    const x = await extractWith(d, { meetings: async () => [meeting] });
    expect(x.meetings).toEqual([meeting]);
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]).toMatchObject({ documentCount: 4, parties: ['CL', 'PE'] });
  });

  it('a replaced people stage is found again in the text by name', async () => {
    const d = doc();
    const people = ruleStages.people(d).map((p) => ({ ...p, roles: [] }));
    const x = await extractWith(d, { people: () => people.map((p) => ({ ...p })) });
    expect(x.people.every((p) => p.roles.length === 0)).toBe(true);
    expect(x.meetings).toHaveLength(1);
  });
});
