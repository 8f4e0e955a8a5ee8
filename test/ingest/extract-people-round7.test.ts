/**
 * Specs for who is a person, what their titles are and who a later reference
 * names (round 7): forms of address of official readouts, long formal titles,
 * attribution lines and photo captions. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/ingest/types.ts';
import { fold, story } from './fixtures.ts';

const names = (x: Extraction) => x.people.map((p) => fold(p.name)).sort();
const person = (x: Extraction, name: string) => x.people.find((p) => fold(p.name) === fold(name));
const titles = (x: Extraction, name: string) => (person(x, name)?.roles.map((r) => r.title) ?? []).sort();

describe('attribution lines', () => {
  it('a sentence that ends in a colon before the story is part of it', () => {
    const { x } = story('Readout\n\nThe following is attributable to Spokesperson Jane Doe:\n\nSecretary of State John Smith met President Ana Lopez in Lima today.', '2024-05-10');
    expect(titles(x, 'Jane Doe')).toEqual(['Spokesperson']);
  });

  it('a label with a colon is still no story', () => {
    const { doc } = story('Related Topics:\n\nSecretary of State John Smith met President Ana Lopez in Lima today.', '2024-05-10');
    expect(doc.body).toBe('Secretary of State John Smith met President Ana Lopez in Lima today.');
  });
});

describe('photo captions', () => {
  const text = (caption: string) => `# Leaders meet\n\n${caption}\n\nLIMA, May 9 (Reuters) - The two ministers met in Lima on Thursday to discuss trade.\n\nThe talks lasted two hours.`;

  it('a caption before the story loses only its agency credit and goes after the story', () => {
    const { doc, x } = story(text("Peru's Foreign Minister Ana Duarte and Chile's Foreign Minister Luis Ortega meet in Lima, May 9, 2024. REUTERS/Jane Roe Purchase Licensing Rights"), '2024-05-10');
    expect(doc.body.startsWith('LIMA, The two ministers')).toBe(true);
    expect(doc.body.endsWith('meet in Lima, May 9, 2024.')).toBe(true);
    expect(titles(x, 'Ana Duarte')).toEqual(['Foreign Minister']);
    expect(names(x)).not.toContain('jane roe');
  });

  it('credits in brackets, after a dash or after "Photo:" are cut too', () => {
    for (const credit of ['(AP Photo/Jane Roe)', '(Photo: Presidential Office)', '— PID', '| Photo: Presidencia', 'Photograph: Jane Roe/AAP']) {
      const { doc } = story(text(`Foreign Minister Ana Duarte meets Foreign Minister Luis Ortega in Lima. ${credit}`), '2024-05-10');
      expect(doc.body.endsWith('meets Foreign Minister Luis Ortega in Lima.')).toBe(true);
    }
  });
});
