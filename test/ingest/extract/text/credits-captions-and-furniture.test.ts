/**
 * Specs for the parts of a page that are not the story: credit and
 * attribution lines, photo captions, "Related Stories" and "More about:"
 * lines, lists of links; and abbreviated titles that do not end a sentence.
 * Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src/ingest/normalize.ts';
import { splitSentences } from '../../../../src/ingest/sentences.ts';
import { story } from '../../fixtures.ts';
import { names, titles } from '../helpers.ts';

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

describe('credit lines', () => {
  it('bylines, "With assistance from" and "To contact the reporters" name staff, not people of the story', () => {
    const text = 'By Laura Bianchi and Omar Nasser\n\nPresident Ana Lopez met Prime Minister Ivan Petrov in Lima on Monday.\n\n--With assistance from Paolo Conti.\n\nTo contact the reporters on this story: Laura Bianchi in Rome; Omar Nasser in Dubai';
    const { x } = story(text, '2024-05-10');
    expect(names(x)).toEqual(['ana lopez', 'ivan petrov']);
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

describe('sentences: abbreviated titles do not end a sentence', () => {
  it.each(['Eng.', 'Arch.', 'Atty.', 'Gov.', 'Sen.', 'Rep.', 'Gen.', 'Col.', 'Lt.', 'Hon.'])('"%s Name" stays in its sentence', (title) => {
    const text = `The deal was signed by Energy Minister ${title} Khalid Nasser on Monday. Talks follow in May.`;
    expect(splitSentences(text).map((s) => s.text)).toEqual([`The deal was signed by Energy Minister ${title} Khalid Nasser on Monday.`, 'Talks follow in May.']);
  });
});

describe('furniture: a list of links is other stories, not this one', () => {
  const text = [
    '# Ghana and Togo sign border pact',
    '',
    'ACCRA – Ghanaian President Kofi Mensah and Togolese President Yao Agbeko signed a border pact on Monday.',
    '',
    '**READ MORE**',
    '',
    "* [Togo's Agbeko in Nigeria for talks with Bello](#)",
    '- [Ghana and Togo to deepen trade ties, says minister](https://example.com/a)',
    '',
    'The two leaders held talks at the Jubilee House before the signing.',
  ].join('\n');

  it('drops list items that are wholly a link, whatever their length', () => {
    const doc = normalize({ origin: 'made-up', text, meta: { publishedAt: '2024-06-10' } });
    expect(doc.body).not.toMatch(/Nigeria|deepen trade/);
    expect(doc.body).toMatch(/held talks at the Jubilee House/);
  });

  it('so a linked headline gives no meeting or place to the story', () => {
    const { x } = story(text, '2024-06-10');
    expect(x.meetings.some((m) => m.countryCode === 'NG' || m.participants.some((p) => p.name.includes('Bello')))).toBe(false);
  });
});

describe('a row of links is a tag list, not a sentence', () => {
  const page = 'LIMA — Ana Lopez and Jorge Salas held talks in Lima on Tuesday.\n\n[Ana Lopez](https://example.org/tag/ana-lopez/) [Jorge Salas](https://example.org/tag/jorge-salas/) | [Peru](https://example.org/tag/peru/)';

  it('the names of a row of tag links do not run together into one person', () => {
    const { x } = story(page, '2025-06-04');
    expect(names(x)).toEqual(['ana lopez', 'jorge salas']);
  });

  it('a sentence that holds two links is still part of the story', () => {
    const { x } = story('LIMA — [Ana Lopez](https://example.org/a) met [Jorge Salas](https://example.org/b) in Lima on Tuesday, officials said.', '2025-06-04');
    expect(names(x)).toEqual(['ana lopez', 'jorge salas']);
  });
});
