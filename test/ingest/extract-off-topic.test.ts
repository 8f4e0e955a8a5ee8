/**
 * Specs for news that is not diplomacy. A feed of real articles brings sport,
 * business and entertainment too; the graph must not turn a club, a company
 * or a fan event into a party, a signatory or a person. Every story here is
 * made up.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/ingest/types.ts';
import { fold, story } from './fixtures.ts';

const names = (x: Extraction) => x.people.map((p) => fold(p.name)).sort();

describe('an agreement between clubs or companies has no country as a party', () => {
  it('"the two clubs signed a joint statement" names no country as a party', () => {
    const { x } = story(
      'MADRID, March 3 (Reuters) - Atletico Madrid beat Sevilla 2-0 at the Metropolitano on Sunday. Coach Diego Simeone praised his players. The two clubs signed a joint statement against racism before kick-off.',
      '2025-03-03',
    );
    expect(x.agreements.flatMap((a) => a.parties)).toEqual([]);
  });

  it('a player who signs with a club lends the contract no country: "Brazilian forward X signed a contract with Chelsea"', () => {
    const { x } = story(
      'LONDON, Aug 30 (Reuters) - Brazilian forward Lucas Moreira signed a five-year contract worth $60 million with Chelsea on Friday, the London club said.',
      '2025-08-30',
    );
    expect(x.agreements.flatMap((a) => a.parties)).toEqual([]);
  });

  it('a city naming a club\'s home is no party: "…with Chelsea on Friday, the London club said"', () => {
    const { x } = story('LONDON, Aug 30 (Reuters) - The forward Lucas Moreira signed a five-year contract with Chelsea on Friday, the London club said.', '2025-08-30');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.parties).toEqual([]);
  });

  it('a minister still signs for a country: "Brazilian Foreign Minister X signed an agreement with his Chinese counterpart Y"', () => {
    const { x } = story('BEIJING, May 13, 2025 - Brazilian Foreign Minister Paulo Rocha signed a trade agreement with his Chinese counterpart Li Wen on Tuesday.', '2025-05-13');
    expect(x.agreements.map((a) => a.parties)).toEqual([['BR', 'CN']]);
  });
});

describe('who signed is whoever the sentence says signed', () => {
  it('"X said the company had signed three contracts" makes the company, not X, the signer', () => {
    const { x } = story(
      'TOKYO, June 12 (Kyodo) - Nissan President Ryo Tanaka met investors in Tokyo on Wednesday and said the company had signed three supply contracts worth $2 billion with battery makers.',
      '2025-06-12',
    );
    expect(x.agreements.flatMap((a) => a.signatories ?? [])).toEqual([]);
  });

  it('"X said Russia and Peru had signed" makes the countries reported, not the speaker, the signers', () => {
    const { x } = story('LIMA, May 13, 2025 - Foreign Minister Ana Torres told a news conference on Tuesday and said Russia and Peru had signed four agreements on fisheries.', '2025-05-13');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]!.parties).toEqual(['PE', 'RU']);
    expect(x.agreements[0]!.signatories ?? []).toEqual([]);
  });
});

describe('a body named after a possessive and its kind is not a person', () => {
  it('"his agency Blue Harbor Music said" names an agency, not a person', () => {
    const { x } = story(
      'SEOUL, April 2 (Yonhap) - Singer Kim Min-jun met fans in Seoul on Saturday. He will meet Japanese fans in Osaka next month, his agency Blue Harbor Music said.',
      '2025-04-02',
    );
    expect(names(x)).not.toContain('blue harbor music');
  });

  it('"its parent company Helios Nordby" names a company; "the agency chief Maria Lund" is still a person', () => {
    const { x } = story('OSLO, April 2, 2025 - The carrier and its parent company Helios Nordby were fined on Tuesday, the agency chief Maria Lund said.', '2025-04-02');
    expect(names(x)).not.toContain('helios nordby');
    expect(names(x)).toContain('maria lund');
  });
});
