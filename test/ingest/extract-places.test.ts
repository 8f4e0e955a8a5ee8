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

describe('places: "the <demonym> town of X" is a place even where no gazetteer lists it', () => {
  it('the town takes the country of the demonym in the phrase', () => {
    const { x } = story('Slovak Prime Minister Juraj Kolar met Austrian Chancellor Eva Gruber in the small Slovak town of Brezovka on Monday.', '2024-03-08');
    expect(x.meetings[0]!.city).toBe('Brezovka');
    expect(x.meetings[0]!.countryCode).toBe('SK');
  });
});

describe('places: a city a topic is in ("the war in X") is not where the meeting is', () => {
  it('talks at a palace about the fighting in a city keep the host capital, not the city of the topic', () => {
    const { x } = story('Jordanian King Hassan Omar received Iraqi Prime Minister Adel Karim in Amman on Monday. The two leaders met at Raghadan Palace, where they discussed the fighting in Mosul and trade.', '2024-03-08');
    expect(x.meetings.map((m) => m.city)).not.toContain('Mosul');
  });
});
