/**
 * Specs for where a meeting took place: any real city of the world, read only
 * where the sentence puts a place, and never a person, building or company
 * that shares a city's name. Made-up stories about real places.
 */
import { describe, expect, it } from 'vitest';
import { countryOfCity } from '../../src/countries/catalog.ts';
import { story } from './fixtures.ts';

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

describe('places: a city name is a person only where the sentence puts a person', () => {
  it('a capital right after a title is the given name of the person ("President Lima Souza")', () => {
    const { x } = story('Uruguayan President Santiago Ferreyra met Chilean President Rosa Vidal in Montevideo on Monday.', '2024-03-08');
    expect(x.people.map((p) => p.name)).toContain('Santiago Ferreyra');
    expect(x.meetings[0]!.participants.map((p) => p.name).sort()).toEqual(['Rosa Vidal', 'Santiago Ferreyra']);
    expect(x.meetings[0]!.city).toBe('Montevideo');
  });

  it('a city after "in" or "the city of" is a place, not a participant', () => {
    const { x } = story('Kenyan Foreign Minister Paul Otieno and Ugandan Foreign Minister Ruth Nabirye met in the lakeside city of San Cristóbal on Monday.', '2024-03-08');
    expect(x.people.map((p) => p.name)).not.toContain('San Cristóbal');
    expect(x.meetings[0]!.participants).toHaveLength(2);
  });

  it('a "-based" place is a modifier of a company, never part of a name', () => {
    const { x } = story('Toronto-based Northwind Mining signed a supply contract with Kazakh Energy Minister Almas Nurov on Monday.', '2024-03-08');
    expect(x.people.map((p) => p.name)).toEqual(['Almas Nurov']);
  });

  it('a title in the plural before several names is no part of the first name', () => {
    const { x } = story('Foreign Ministers Ana Ruiz of Peru and Marco Bello of Ecuador met in Lima on Monday.', '2024-03-08');
    expect(x.people.map((p) => p.name).sort()).toEqual(['Ana Ruiz', 'Marco Bello']);
  });
});

describe('places: "the <demonym> town of X" is a place even where no gazetteer lists it', () => {
  it('the town takes the country of the demonym in the phrase', () => {
    const { x } = story('Slovak Prime Minister Juraj Kolar met Austrian Chancellor Eva Gruber in the small Slovak town of Brezovka on Monday.', '2024-03-08');
    expect(x.meetings[0]!.city).toBe('Brezovka');
    expect(x.meetings[0]!.countryCode).toBe('SK');
  });
});

describe('people: a part of a document ("Annex B", "Article 9") is no person', () => {
  it('"Annex B" and "Protocol Two" acting in a sentence are not people', () => {
    const { x } = story('Annex B sets the tariff, while Protocol Two said the border would stay open, Chilean Foreign Minister Rosa Vidal said in Santiago on Monday.', '2024-03-08');
    expect(x.people.map((p) => p.name)).toEqual(['Rosa Vidal']);
  });
});

describe('places: a city a topic is in ("the war in X") is not where the meeting is', () => {
  it('talks at a palace about the fighting in a city keep the host capital, not the city of the topic', () => {
    const { x } = story('Jordanian King Hassan Omar received Iraqi Prime Minister Adel Karim in Amman on Monday. The two leaders met at Raghadan Palace, where they discussed the fighting in Mosul and trade.', '2024-03-08');
    expect(x.meetings.map((m) => m.city)).not.toContain('Mosul');
  });
});
