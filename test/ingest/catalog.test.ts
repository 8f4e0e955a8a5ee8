import { describe, expect, it } from 'vitest';
import { countryCatalog, countryOfCity, findCountryByName } from '../../src/countries/catalog.ts';

describe('the country catalog', () => {
  it('has every ISO 3166-1 alpha-2 country once, with demonyms and aliases', () => {
    expect(countryCatalog.length).toBeGreaterThanOrEqual(245);
    expect(new Set(countryCatalog.map((c) => c.code)).size).toBe(countryCatalog.length);
    const ve = countryCatalog.find((c) => c.code === 'VE')!;
    expect(ve).toMatchObject({ name: 'Venezuela', demonyms: ['Venezuelan'] });
    expect(ve.aliases).toEqual(expect.arrayContaining(['Bolivarian Republic of Venezuela', 'Caracas', 'Miraflores']));
    expect(ve.aliases.some((a) => /^[A-Z]{2}$/.test(a))).toBe(false);
  });

  it('finds a country by name, demonym, alias, capital or seat of government, ignoring case and accents', () => {
    const code = (t: string) => findCountryByName(t)?.code;
    expect(code('Russian')).toBe('RU');
    expect(code('venezuelan')).toBe('VE');
    expect(code('the Kremlin')).toBe('RU');
    expect(code('Élysée')).toBe('FR');
    expect(code('elysee palace')).toBe('FR');
    expect(code('Downing Street')).toBe('GB');
    expect(code('Zhongnanhai')).toBe('CN');
    expect(code('White House')).toBe('US');
    expect(code('CARACAS')).toBe('VE');
    expect(code('Bogotá')).toBe('CO');
    expect(code('bogota')).toBe('CO');
    expect(code('Narnia')).toBeUndefined();
  });

  it('settles ambiguous words on the country news means', () => {
    expect(findCountryByName('American')?.code).toBe('US');
    expect(findCountryByName('Dominican')?.code).toBe('DO');
    expect(findCountryByName('Georgia')?.code).toBe('GE');
    expect(findCountryByName('Congolese')?.code).toBe('CD');
  });

  it('knows the country of capitals and major summit cities', () => {
    expect(countryOfCity('Moscow')).toBe('RU');
    expect(countryOfCity('Caracas')).toBe('VE');
    expect(countryOfCity('Kiev')).toBe('UA');
    expect(countryOfCity('Washington')).toBe('US');
    expect(countryOfCity('Geneva')).toBe('CH');
    expect(countryOfCity('Zembrovia')).toBeUndefined(); // a name no gazetteer knows
  });

  it('knows the names cities had before, as history paragraphs write them', () => {
    expect(countryOfCity('Nur-Sultan')).toBe('KZ');
    expect(countryOfCity('Bombay')).toBe('IN');
    expect(countryOfCity('Saigon')).toBe('VN');
    expect(countryOfCity('Yangon')).toBe('MM');
  });

  it('reads "Saint" and "St." as one word in a city\'s name', () => {
    expect(countryOfCity('St. Petersburg')).toBe('RU');
    expect(countryOfCity('Saint Petersburg')).toBe('RU');
  });
});
