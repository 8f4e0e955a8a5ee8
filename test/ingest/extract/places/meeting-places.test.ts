/**
 * Specs for where a meeting took place: any city of the world, city-states,
 * camps and forts, a place fronted or at the end of the sentence, the city
 * nearest the meeting word, "at State House, Nairobi". Every story here is
 * made up (the cities are real).
 */
import { describe, expect, it } from 'vitest';
import { countryOfCity } from '../../../../src/countries/catalog.ts';
import { story } from '../../fixtures.ts';

describe('places: a trip made for the meeting', () => {
  it('"is to leave for X tomorrow for talks with Y" is in X, not at the dateline', () => {
    const { x } = story(
      'KUALA LUMPUR, Sept 11 -- Irish Prime Minister Liam Brennan is scheduled to leave for Chile tomorrow for talks with Chilean President Pablo Rojas at La Moneda.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'PLANNED', countryCode: 'CL' });
  });

  it('a departure after the meeting ("met Y in Lima before leaving for Chile") still names no place of it', () => {
    const { x } = story('Irish Prime Minister Liam Brennan met Peruvian President Ana Quispe in Lima on Monday before leaving for Chile.', '2024-09-11');
    expect(x.meetings[0]).toMatchObject({ city: 'Lima', countryCode: 'PE' });
  });
});

describe('places: the city nearest the meeting word', () => {
  it('a known city named with the meeting beats a capital named later for another leg of the trip', () => {
    const { x } = story(
      'Irish Prime Minister Liam Brennan is scheduled to meet Brazilian President Ana Lima in Rio de Janeiro on Friday, before travelling to Chile, where he will open an embassy in Santiago.',
      '2024-09-11',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ city: 'Rio de Janeiro', countryCode: 'BR' });
  });
});

describe('places: a city-state is its own city', () => {
  it('the names of countries whose capital bears their name are cities too', () => {
    expect(countryOfCity('Singapore')).toBe('SG');
    expect(countryOfCity('Monaco')).toBe('MC');
    expect(countryOfCity('Luxembourg')).toBe('LU');
    expect(countryOfCity('Georgia')).toBeUndefined();
  });

  it('"held talks in Singapore" places the meeting in the city Singapore', () => {
    const { x } = story('Thai Prime Minister Somchai Wongsa held talks with Singaporean Prime Minister Daniel Tan in Singapore on Tuesday, officials said.', '2024-06-12');
    expect(x.meetings[0]).toMatchObject({ city: 'Singapore', countryCode: 'SG' });
  });

  it('a "MONACO –" dateline gives its meetings the city Monaco', () => {
    const { x } = story('MONACO – Prince Albert received French President Louis Martin at the palace on Monday for talks on climate finance.', '2024-06-12');
    expect(x.meetings[0]).toMatchObject({ city: 'Monaco', countryCode: 'MC' });
  });
});

describe('places: "at State House, Nairobi"', () => {
  it('a building named with its city after a comma gives that city, even under another dateline', () => {
    const { x } = story(
      'PORT-AU-PRINCE, Sept 22 (Reuters) - Kenyan President Daniel Kamau met Haitian officials on Saturday. The pact was signed on March 1, when Kamau hosted Haitian Prime Minister Jean Baptiste at State House, Nairobi, where the two leaders held talks.',
      '2024-09-22',
    );
    const nairobi = x.meetings.find((m) => m.participants.some((p) => p.name === 'Jean Baptiste'));
    expect(nairobi).toMatchObject({ city: 'Nairobi', countryCode: 'KE', date: { year: 2024, month: 3, day: 1, precision: 'DAY' } });
  });
});

describe('places: "at X, near Y." at the end of a sentence', () => {
  it('places the meeting in X though Y carries the full stop', () => {
    const { x } = story('Indian Prime Minister Ravi Kumar hosted Chinese President Li Wei for an informal summit at Mamallapuram, near Chennai.', '2024-10-23');
    expect(x.meetings[0]).toMatchObject({ city: 'Mamallapuram', countryCode: 'IN' });
  });
});

describe('places: a place fronted at the start of the sentence', () => {
  it('"In San José on Tuesday, he met X" places the meeting in San José, not in the dateline city', () => {
    const { x } = story(
      'LIMA (AP) — Peruvian President Ana Torres met Chilean Foreign Minister Pablo Rojas on Wednesday. Rojas began his tour in Bogota, where he met Colombian President José Luis Vega on Sunday. In San José on Tuesday, he met Costa Rican President Marta Solis.',
      '2024-06-12',
    );
    const met = x.meetings.find((m) => m.participants.some((p) => p.name === 'Marta Solis'));
    expect(met).toMatchObject({ city: 'San José', countryCode: 'CR' });
    expect(met?.date).toMatchObject({ year: 2024, month: 6, day: 11 });
  });
});

describe('places: the city before a date and ", where"', () => {
  it('"had visited Casablanca in December 2021, where he held talks with X" is in Casablanca, not at the venue told earlier in the sentence', () => {
    const { x } = story(
      'RABAT, June 12 (MAP) - King Hassan Idrissi received Spanish Prime Minister Luis Ortega at the Royal Palace on Wednesday. The king last met Ortega at the Moncloa Palace in May 2023, and Ortega had visited Casablanca in December 2021, where he held talks with the king.',
      '2024-06-12',
    );
    const older = x.meetings.find((m) => m.date?.year === 2021);
    expect(older).toMatchObject({ city: 'Casablanca', countryCode: 'MA' });
  });

  it('"will travel to El Salvador on Monday, where he is to meet X" is in El Salvador, not in a city called Salvador', () => {
    const { x } = story('Foreign Minister Ana Ruiz will travel to El Salvador on Monday, where she is scheduled to meet President Jorge Mena.', '2024-06-12');
    expect(x.meetings[0]).toMatchObject({ countryCode: 'SV' });
    expect(x.meetings[0]?.city).toBeUndefined();
  });
});

describe('places: a city that ends the sentence', () => {
  it('"visited Malaysia in 2003 and held talks with X in Putrajaya." is in Putrajaya: the full stop is not part of the name', () => {
    const { x } = story('Russian President Ivan Petrov visited Malaysia in 2003 and held talks with Prime Minister Ahmad Zain in Putrajaya.', '2025-05-14');
    expect(x.meetings[0]).toMatchObject({ city: 'Putrajaya', countryCode: 'MY' });
  });
});

describe('places: of two capitals, the one nearer the meeting word', () => {
  it('"the highest level in Hanoi\'s hierarchy, in November 2023, when X visited Tokyo and held talks with Y" is in Tokyo', () => {
    const { x } = story(
      'The two countries upgraded their ties to a strategic partnership, the highest level in Hanoi\'s diplomatic hierarchy, in November 2023, when then Vietnamese President Tran Van Minh visited Tokyo and held talks with then Prime Minister Kenji Sato.',
      '2025-04-28',
    );
    expect(x.meetings[0]).toMatchObject({ city: 'Tokyo', countryCode: 'JP' });
  });
});

describe('places: a camp or fort named with its city after a comma', () => {
  it('"at the ministry\'s headquarters in Camp Aguinaldo, Quezon City" is in Quezon City, not the dateline city', () => {
    const { x } = story(
      'MANILA, April 16 (PNA) - Philippine Defense Secretary Ramon Cruz and Australian Defence Minister Ana Lopez held a bilateral meeting at the ministry headquarters in Camp Aguinaldo, Quezon City, on Wednesday.',
      '2025-04-16',
    );
    expect(x.meetings[0]).toMatchObject({ city: 'Quezon City', countryCode: 'PH' });
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

describe('places: any city of the world gazetteer is a place, not only capitals and a short list', () => {
  it('a provincial city is known with its country', () => {
    expect(countryOfCity('Cebu')).toBe('PH');
    expect(countryOfCity('Arequipa')).toBe('PE');
    expect(countryOfCity('Mysuru')).toBe('IN');
    expect(countryOfCity('Foz do Iguacu')).toBe('BR');
  });

  it('spelled with or without its diacritics', () => {
    expect(countryOfCity('Cúcuta')).toBe('CO');
    expect(countryOfCity('Cucuta')).toBe('CO');
  });

  it('a name several countries share is the most populous city of that name', () => {
    expect(countryOfCity('Trujillo')).toBe('PE');
  });

  it('a country name, demonym or seat of government is no city, even where a town shares it', () => {
    expect(countryOfCity('Georgia')).toBeUndefined();
    expect(countryOfCity('Kremlin')).toBeUndefined();
    expect(countryOfCity('Thursday')).toBeUndefined();
  });

  it('a meeting in a provincial city takes that city and its country', () => {
    const { x } = story('Peruvian President Ana Quispe met Bolivian President Luis Mamani in Arequipa on Tuesday to discuss a rail link.', '2024-03-08');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.city).toBe('Arequipa');
    expect(x.meetings[0]!.countryCode).toBe('PE');
  });
});

describe('places: "the border city of X" names the city X', () => {
  it('"in the southern port city of X"', () => {
    const { x } = story('Indian Prime Minister Ravi Menon held talks with Sri Lankan President Nimal Perera in the southern port city of Kochi on Monday.', '2024-03-08');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.city).toBe('Kochi');
    expect(x.meetings[0]!.countryCode).toBe('IN');
  });

  it('"in the resort town of X"', () => {
    const { x } = story('Turkish Foreign Minister Kemal Aydin met Greek Foreign Minister Nikos Pappas in the resort town of Antalya on Friday.', '2024-03-09');
    expect(x.meetings[0]!.city).toBe('Antalya');
  });
});

describe('places: "the <demonym> town of X" is a place even where no gazetteer lists it', () => {
  it('the town takes the country of the demonym in the phrase', () => {
    const { x } = story('Slovak Prime Minister Juraj Kolar met Austrian Chancellor Eva Gruber in the small Slovak town of Brezovka on Monday.', '2024-03-08');
    expect(x.meetings[0]!.city).toBe('Brezovka');
    expect(x.meetings[0]!.countryCode).toBe('SK');
  });
});

describe('the place a planned visit was to go to ("due to visit Porto")', () => {
  const text = (city: string) =>
    `MADRID, May 3 (Reuters) - Spanish Prime Minister Elena Roldán met Irish Taoiseach Sean Byrne on Friday. Portuguese President Rui Calado had been due to visit ${city} in March for talks with Roldán, but the trip was postponed after the floods.`;

  it('a known city after "visit", with no preposition, is where the talks were to be', () => {
    const { x } = story(text('Barcelona'), '2024-05-03');
    const trip = x.meetings.find((m) => m.participants.some((p) => p.name === 'Rui Calado'));
    expect(trip).toMatchObject({ city: 'Barcelona', countryCode: 'ES', status: 'CANCELLED' });
  });

  it('a word after "visit" that is no known city places nothing', () => {
    const { x } = story(text('Parliament'), '2024-05-03');
    const trip = x.meetings.find((m) => m.participants.some((p) => p.name === 'Rui Calado'));
    expect(trip?.city).toBeUndefined();
  });
});

describe('the places of a ", where" clause after the meeting\'s place', () => {
  it('"met X at the castle, where they discussed the summit in Brussels" is not in Brussels', () => {
    const { x } = story(
      'PRAGUE, March 4 (Reuters) - Czech Prime Minister Jan Novotny held talks with Slovak Prime Minister Peter Kovac on Monday. Later on Monday, Kovac met President Pavel Dvorak at the Lany Castle, where they discussed the coming EU summit in Brussels.',
      '2024-03-04',
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Pavel Dvorak'));
    expect(talks?.city).not.toBe('Brussels');
    expect(talks).toMatchObject({ city: 'Prague', countryCode: 'CZ' });
  });

  it('a meeting told inside the "where" clause is at the place the clause names', () => {
    const { x } = story(
      'PRAGUE, March 4 (Reuters) - Czech Prime Minister Jan Novotny flew to Brussels on Monday, where he held talks with Belgian Prime Minister Luc Peeters in the Egmont Palace.',
      '2024-03-04',
    );
    const talks = x.meetings.find((m) => m.participants.some((p) => p.name === 'Luc Peeters'));
    expect(talks?.city).toBe('Brussels');
  });
});

describe('a meeting "at the same palace" as one told before', () => {
  it('takes the place of the building named before', () => {
    const { x } = story(
      'SEOUL, June 4 (Reuters) - Japanese Prime Minister Kenji Sato met Korean President Park Ji-hoon at the Okura Hotel in Tokyo on Tuesday. Sato\'s predecessor, Taro Ueda, had held talks with Park at the same hotel in March last year.',
      '2024-06-04',
    );
    const earlier = x.meetings.find((m) => m.participants.some((p) => p.name === 'Taro Ueda'));
    expect(earlier).toMatchObject({ city: 'Tokyo', countryCode: 'JP', venue: 'Okura Hotel', date: { year: 2023, month: 3 } });
  });

  it('"the same hotel" with no hotel named before places nothing', () => {
    const { x } = story(
      'TOKYO, June 4 (Reuters) - Japanese Prime Minister Kenji Sato met Korean President Park Ji-hoon on Tuesday. Sato\'s predecessor, Taro Ueda, had held talks with Park at the same hotel in March last year.',
      '2024-06-04',
    );
    const earlier = x.meetings.find((m) => m.participants.some((p) => p.name === 'Taro Ueda'));
    expect(earlier?.city).toBeUndefined();
  });
});

describe('the city of a named academic body', () => {
  it('"a professor of the Asan Institute for Policy Studies in Seoul said the visit …" does not place the visit in Seoul', () => {
    const { x } = story(
      'Japanese Prime Minister Kenji Sato held talks with Korean President Park Ji-hoon on Tuesday. Professor Kim Min-su of the Asan Institute for Policy Studies in Seoul said the visit by Sato to Park was a breakthrough.',
      '2024-06-04',
    );
    expect(x.meetings.every((m) => m.city !== 'Seoul')).toBe(true);
  });
});

describe('a place the gazetteer does not know, named before ", where"', () => {
  it('"will travel to Ksar Ghilane tomorrow, where he will be received by X" is there, not in the dateline city', () => {
    const { x } = story(
      'TUNIS, May 7 (Reuters) - Italian President Sergio Conte held talks with Tunisian President Hedi Mansour on Tuesday. Conte will travel to Ksar Ghilane tomorrow, where he will be received by Governor Sami Trabelsi.',
      '2024-05-07',
    );
    const visit = x.meetings.find((m) => m.participants.some((p) => p.name === 'Sami Trabelsi'));
    expect(visit).toMatchObject({ city: 'Ksar Ghilane', status: 'PLANNED' });
  });

  it('a "where" clause that names its own place keeps it', () => {
    const { x } = story(
      'TUNIS, May 7 (Reuters) - Italian President Sergio Conte held talks with Tunisian President Hedi Mansour on Tuesday. Conte will fly to Djerba on Thursday, where he will meet Governor Sami Trabelsi in Houmt Souk.',
      '2024-05-07',
    );
    const visit = x.meetings.find((m) => m.participants.some((p) => p.name === 'Sami Trabelsi'));
    expect(visit?.city).not.toBe('Djerba');
  });
});

describe('a city named with a possessive before a place in it', () => {
  it('"at Lagos\'s Murtala Muhammed International Airport" is in Lagos', () => {
    const { x } = story('ACCRA - President Ana Lopez was received by President Jorge Salas at Lagos\'s Murtala Muhammed International Airport on Tuesday.', '2024-12-20');
    expect(x.meetings[0]?.city).toBe('Lagos');
  });

  it('a saint\'s town keeps its "\'s": "at St. John\'s"', () => {
    const { x } = story('ST. JOHN\'S - Prime Minister Ana Lopez met President Jorge Salas at St. John\'s on Tuesday.', '2024-12-20');
    expect(x.meetings[0]?.city).toBe("St. John's");
  });
});
