/**
 * Round 11 specs for dates and places of meetings. Made-up stories, each
 * stating a behaviour of news copy in general.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/extract/dates.ts';
import { extract } from '../../src/ingest/extract/index.ts';
import { normalize } from '../../src/ingest/normalize.ts';
import { story } from './fixtures.ts';

describe('dates: a plan told with an adverb inside it ("is also scheduled to")', () => {
  it('"is also scheduled to meet … on Friday", told on a Wednesday, is the coming Friday', () => {
    const ds = findDates('The minister is also scheduled to meet on Friday with the Prime Minister, Laura Benet, before leaving the country.', '2024-05-15');
    expect(ds.map((d) => d.date)).toEqual([{ year: 2024, month: 5, day: 17, precision: 'DAY' }]);
  });

  it('"was also due to meet … on Friday" is a plan of the past, the Friday nearest the story', () => {
    const ds = findDates('The envoy was also due to meet the king on Friday.', '2024-05-20');
    expect(ds.map((d) => d.date?.day)).toEqual([17]);
  });

  it('a meeting told so is planned for that day', () => {
    const { x } = story(
      'MONTEVIDEO, May 15 (Reuters) - Uruguayan President Tomás Ferreyra received Paraguayan Foreign Minister Irene Duarte on Wednesday. Duarte is also scheduled to meet on Friday with Uruguayan Economy Minister Pablo Sienra, before leaving the country.',
      '2024-05-15',
    );
    const plan = x.meetings.find((m) => m.participants.some((p) => p.name === 'Pablo Sienra'));
    expect(plan?.date).toMatchObject({ year: 2024, month: 5, day: 17 });
  });
});

describe('places: a capital after "a reference to" stands for its government', () => {
  it('"said after the talks, in a veiled reference to Moscow" does not move the talks to Moscow', () => {
    const { x } = story(
      'RIGA, March 4 (AFP) - Latvian President Juris Ozols held talks with Finnish President Eero Lahti at the castle on Monday. "We will not be intimidated," Ozols said after the talks, in a thinly veiled reference to Moscow.',
      '2024-03-04',
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Eero Lahti'));
    expect(talks).toMatchObject({ city: 'Riga', countryCode: 'LV' });
  });
});

describe('places: a place after "before travelling on to" is the next stop', () => {
  it('"is due to hold talks with X on Tuesday, before travelling on to Chile" is not in Chile', () => {
    const { x } = story(
      'LIMA, June 9 (Reuters) - Spanish Prime Minister Elena Roldán held talks with Peruvian President Mario Quispe on Sunday. Roldán left Lima for Bogota in the evening. She is due to hold talks with Colombian President Andrés Mejía on Tuesday, before travelling on to Chile.',
      '2024-06-09',
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Andrés Mejía'));
    expect(talks?.countryCode).not.toBe('CL');
    expect(talks).toMatchObject({ city: 'Bogota', countryCode: 'CO' });
  });
});

describe('places: a town whose name has a capital inside it', () => {
  it('"held talks in KwaDukuza, the coastal town" places the talks there, not in the dateline city', () => {
    const { x } = story(
      'PRETORIA, May 5 (Reuters) - South African President Thabo Nkosi and Botswanan President Kagiso Molefe signed a water accord on Sunday. The two leaders held talks for two hours in KwaDukuza, the coastal town north of Durban, officials said.',
      '2024-05-06',
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Kagiso Molefe'));
    expect(talks?.city).toBe('KwaDukuza');
  });
});

describe('places: a story with no dateline takes its place from the headline', () => {
  const text = [
    'President Ilham Rasulov held talks with Slovak Prime Minister Marek Novak, who arrived in our country on an official visit.',
    '',
    'The talks, which began in a narrow format, continued with the participation of the delegations.',
  ].join('\n');
  const talksUnder = (title: string) => {
    const x = extract(normalize({ origin: 'made-up', text, meta: { title, publishedAt: '2024-09-15' } }));
    return x.meetings.find((m) => m.participants.some((p) => p.name === 'Marek Novak'));
  };

  it('the lead meeting, told with no city, is in the city the headline names', () => {
    expect(talksUnder('Ilham Rasulov and Marek Novak hold talks in Bukhara')).toMatchObject({ city: 'Bukhara', countryCode: 'UZ' });
  });

  it('a headline naming no known city gives none', () => {
    expect(talksUnder('Ilham Rasulov and Marek Novak hold talks on trade')?.city).toBeUndefined();
  });
});

describe('dates: a deadline ("by 2030") does not date a meeting', () => {
  it('"agreed on Friday to double trade by 2030, as X became the first leader to visit" is Friday\'s visit', () => {
    const { x } = story(
      'Portugal and Vietnam agreed on Friday to double bilateral trade by 2030, as To Van Hung became the first Vietnamese president to visit the country. Prime Minister Rui Calado welcomed To Van Hung at the São Bento Palace in Lisbon.',
      '2024-05-25',
    );
    const visit = x.meetings.find((m) => m.participants.some((p) => p.name === 'Rui Calado'));
    expect(visit?.date).toEqual({ year: 2024, month: 5, day: 24, precision: 'DAY' });
    expect(x.meetings.some((m) => m.date?.year === 2030)).toBe(false);
  });
});

describe('places: a country in "the situation in the …" is a topic', () => {
  it('"discussed … the situation in the Taiwan Strait" gives the talks no country', () => {
    const { x } = story(
      'Danish Foreign Minister Karen Holm held talks with Philippine Foreign Secretary Jose Lim at the guest house on Monday, where the two discussed maritime security and the situation in the Taiwan Strait.',
      '2024-04-09',
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Jose Lim'));
    expect(talks?.countryCode).not.toBe('TW');
  });
});

describe('places: a capital in a ", when" clause after the meeting\'s own place', () => {
  it('"first met in Punta Cana in May, when X invited Y to visit Lima" stays in Punta Cana', () => {
    const { x } = story('The two presidents first met on the sidelines of a summit in Punta Cana in May last year, when President Rosa Vera invited President Hugo Salas to make an official visit to Lima.', '2024-07-03');
    const met = x.meetings.find((m) => m.participants.some((p) => p.name === 'Hugo Salas'));
    expect(met?.city).toBe('Punta Cana');
  });

  it('"last met in June, when he attended a summit in Rome" is in Rome: the clause tells where', () => {
    const { x } = story('President Rosa Vera last met Prime Minister Carlo Neri in June 2023, when she attended a summit in Rome on food security.', '2024-07-03');
    const met = x.meetings.find((m) => m.participants.some((p) => p.name === 'Carlo Neri'));
    expect(met?.city).toBe('Rome');
  });
});

describe('places: a ", where" clause that names its own city', () => {
  it('"arrived in Lima from Chile, where on Monday X hosted him at the palace in Santiago" is in Santiago', () => {
    const { x } = story('The king arrived in Lima from Chile, where on Monday President Elena Rojas hosted King Frederik Holm at the palace in Santiago.', '2024-05-15');
    const met = x.meetings.find((m) => m.participants.some((p) => p.name === 'Elena Rojas'));
    expect(met).toMatchObject({ city: 'Santiago', countryCode: 'CL' });
  });

  it('"travelled to Cusco, where he met X" still takes the city before the "where"', () => {
    const { x } = story('King Frederik Holm then travelled to Cusco, where he met President Elena Rojas on Monday.', '2024-05-15');
    const met = x.meetings.find((m) => m.participants.some((p) => p.name === 'Elena Rojas'));
    expect(met?.city).toBe('Cusco');
  });
});

describe('dates and places: a meeting told "there", after an arrival', () => {
  const text = 'PUTRAJAYA, March 12 (Bernama) -- Prime Minister Aziz Rahman received Chilean President Tomas Varela at Perdana Putra today. Varela, who arrived at the Bunga Raya Complex of the airport in Sepang last night on a three-day official visit, was received there by Foreign Minister Nor Hisham.';

  it('is on the day of the arrival the aside tells', () => {
    const { x } = story(text, '2025-03-12');
    const met = x.meetings.find((m) => m.participants.some((p) => p.name === 'Nor Hisham'));
    expect(met?.date).toEqual({ year: 2025, month: 3, day: 11, precision: 'DAY' });
  });

  it('and at the place the sentence named before "there", not in the dateline city', () => {
    const { x } = story(text, '2025-03-12');
    const met = x.meetings.find((m) => m.participants.some((p) => p.name === 'Nor Hisham'));
    expect(met?.city).toBe('Sepang');
  });
});

describe('dates: a "since" clause that tells a meeting of its own', () => {
  it('"the first visit … since then-premier X travelled to Lisbon in May 2016 and held talks with Y" is dated May 2016', () => {
    const { x } = story(
      'MADRID, Jan 27 (EFE) - Premier Ana Solis met President Rui Costa in Lisbon on Sunday. The talks focused on energy. Solis praised the ties. It is the first visit by a Spanish premier to the country since then-premier Jorge Blanco travelled to Lisbon in May 2016 and held talks with President Marcelo Sousa.',
      '2025-01-27',
    );
    const past = x.meetings.find((m) => m.participants.some((p) => p.name === 'Marcelo Sousa'));
    expect(past?.date).toEqual({ year: 2016, month: 5, precision: 'MONTH' });
  });

  it('"the first meeting since X took office in March" still gives no date', () => {
    const { x } = story('It was the first meeting between President Ana Solis and Premier Rui Costa since Costa took office in March.', '2025-06-10');
    const met = x.meetings.find((m) => m.participants.some((p) => p.name === 'Rui Costa'));
    expect(met?.date).toBeUndefined();
  });
});
