/**
 * Specs for who a meeting's participants are when the story no longer names
 * them: a form of address ("His Highness") or a title phrase ("the Guardian
 * of the Northern Shrines") written before the name at introduction, an
 * office capitalised the agency way ("the Ghanaian President"), and a
 * possessive description that does not rule out the subject of "he". Every
 * story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/ingest/normalize.ts';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const pairs = (meetings: { participants: { name: string }[] }[]) => meetings.map((m) => names(m.participants));

describe('a form of address stands for the one person it introduced', () => {
  it('"His Highness received President X" names the person first written as "His Highness Sheikh …"', () => {
    const { x } = story(
      'DOHA, 3rd March, 2025 (QNA) -- Emir His Highness Sheikh Khalid bin Saif Al Rashid and Maria Lopes, President of the Republic of Cabo Verde, today opened a trade forum. Later, His Highness received President Lopes at Al Wajba Palace.',
      '2025-03-03',
    );
    expect(pairs(x.meetings)).toContainEqual(['khalid bin saif al rashid', 'maria lopes']);
  });

  it('"held talks with His Highness" after the visitor is named gives the pair', () => {
    const { x } = story(
      'DOHA, 3rd March, 2025 (QNA) -- His Highness Sheikh Khalid bin Saif Al Rashid opened a trade forum today. Last year President Maria Lopes of Cabo Verde paid a visit to Doha, during which she held talks with His Highness at the palace.',
      '2025-03-03',
    );
    expect(pairs(x.meetings)).toContainEqual(['khalid bin saif al rashid', 'maria lopes']);
  });

  it('a form two people share names neither; one only one person had still names that person', () => {
    const { x } = story(
      'AMMAN, 3rd March, 2025 (Petra) -- His Highness Prince Khalid bin Saif Al Rashid, His Highness Prince Hamad bin Saif Al Rashid and Her Majesty Queen Noor Al Saif opened a trade forum today. Later, Her Majesty received President Maria Lopes of Cabo Verde at the palace.',
      '2025-03-03',
    );
    const withLopes = x.meetings.filter((m) => names(m.participants).includes('maria lopes'));
    expect(withLopes.map((m) => names(m.participants))).toContainEqual(['maria lopes', 'noor al saif']);
    for (const m of withLopes) expect(names(m.participants)).not.toContain('hamad bin saif al rashid');
    for (const m of withLopes) expect(names(m.participants)).not.toContain('khalid bin saif al rashid');
  });
});

describe('a title phrase with "of" written before a name stands for that person', () => {
  it('"the Guardian of the Northern Shrines was received by X" names the king introduced with it', () => {
    const { x } = story(
      'ROME, March 13, 2025 -- The Guardian of the Northern Shrines King Omar bin Talal Al Harbi arrived in Rome this afternoon for a three-day visit. Earlier today, the Guardian of the Northern Shrines was received by President Sergio Mattarella at the Quirinal Palace.',
      '2025-03-13',
    );
    expect(pairs(x.meetings)).toContainEqual(['omar bin talal al harbi', 'sergio mattarella']);
  });
});

describe('an office written with a capital after a nationality', () => {
  it('"welcomed the Ghanaian President" names the one Ghanaian president of the story', () => {
    const { x } = story(
      'LISBON, Ghanaian President Kofi Mensah arrived in Lisbon on Monday for a state visit. Prime Minister Rui Tavares welcomed the Ghanaian President at Sao Bento Palace on Tuesday.',
      '2025-03-10',
    );
    expect(pairs(x.meetings)).toContainEqual(['kofi mensah', 'rui tavares']);
  });
});

describe('a possessive description does not rule out the subject of "he"', () => {
  it('"He held talks with X … after the prime minister\'s visit" is the person of the sentence before', () => {
    const { x } = story(
      'Foreign Secretary Tom Hale told reporters the talks had gone well. Indian Prime Minister Arjun Rao had arrived in Lima on Tuesday. He held talks with Peruvian President Ana Ruiz there the same evening, weeks after the prime minister\'s visit to Cusco.',
      '2025-03-10',
    );
    const withRuiz = x.meetings.filter((m) => names(m.participants).includes('ana ruiz'));
    expect(withRuiz.map((m) => names(m.participants))).toContainEqual(['ana ruiz', 'arjun rao']);
    for (const m of withRuiz) expect(names(m.participants)).not.toContain('tom hale');
  });
});

describe('a "Related Stories" heading without a colon is furniture, not a caption credit', () => {
  it('keeps the paragraph written before the heading', () => {
    const text = [
      'Canadian Prime Minister Paul Grant met Chilean President Rosa Vidal in Santiago on Monday.',
      '',
      'Grant travels on Friday to Valparaiso, where he is to meet Regional Governor Tomas Soto.',
      '',
      '**Related Stories**',
      '',
      '- [Grant lands in Chile with copper on agenda](#)',
      '- [Wine tariffs dropped, officials say](#)',
    ].join('\n');
    const doc = normalize({ origin: 'made-up', text, meta: { publishedAt: '2025-03-10' } });
    expect(doc.body).toContain('Regional Governor Tomas Soto');
  });
});

describe('credit lines at the foot or head of a story are not story', () => {
  const body = (lines: string[]) => normalize({ origin: 'made-up', text: lines.join('\n\n'), meta: { publishedAt: '2025-03-10' } }).body;

  it('"Anna Kowalczyk in Warsaw | with Reuters, AFP" is the author, not a person of the story', () => {
    const text = body(['Polish Prime Minister Jan Nowak met Czech Prime Minister Petr Dvorak in Prague on Monday.', 'Marta Lindqvist in Prague | with Reuters, AFP']);
    expect(text).not.toContain('Marta Lindqvist');
    const { x } = story(['Polish Prime Minister Jan Nowak met Czech Prime Minister Petr Dvorak in Prague on Monday.', 'Marta Lindqvist in Prague | with Reuters, AFP'].join('\n\n'), '2025-03-10');
    expect(names(x.people)).not.toContain('marta lindqvist');
  });

  it('"Source: Gulf Daily Wire and news agencies" is furniture', () => {
    const text = body(['Polish Prime Minister Jan Nowak met Czech Prime Minister Petr Dvorak in Prague on Monday.', 'Source: Gulf Daily Wire and news agencies']);
    expect(text).not.toContain('Gulf Daily Wire');
  });
});

describe('a "More about:" line of tags is furniture', () => {
  it('tags that run names together ("More about: Ana Ruiz Tomas Soto Trade") are no person', () => {
    const { x } = story(
      ['Peruvian President Ana Ruiz met Chilean President Tomas Soto in Lima on Monday.', 'More about: [Ana Ruiz](https://example.com/tag/ana-ruiz/) [Tomas Soto](https://example.com/tag/tomas-soto/) [Trade](https://example.com/tag/trade/)'].join('\n\n'),
      '2025-03-10',
    );
    expect(names(x.people)).toEqual(['ana ruiz', 'tomas soto']);
  });
});
