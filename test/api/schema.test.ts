/**
 * The committed schema.graphql is the printed executable schema.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../src/graphql/printSchema.ts';

describe('schema.graphql', () => {
  it('is current (regenerate with `npx tsx scripts/print-schema.ts`)', () => {
    expect(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8')).toBe(printedSchema());
  });

  it('keeps the names frontends rely on', () => {
    const sdl = printedSchema();
    for (const name of ['meetings(filter: MeetingFilter', 'agreementsByYear(filter: AgreementFilter', 'person(id: ID, name: String)', 'country(code: String!)', 'node(id: ID!): Node', 'participantRoles: [MeetingParticipant!]!', 'enum AgreementKind']) {
      expect(sdl).toContain(name);
    }
  });
});
