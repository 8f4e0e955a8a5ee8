/**
 * Specs for capitalised words that are not a person: events, places,
 * courtyards, agencies, companies and organisations, a part of a document, a
 * city's name where the sentence puts no person. Every story here is made up
 * (the cities are real).
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from '../../fixtures.ts';
import { names, pairs, titlesInTextOrder } from '../helpers.ts';

describe('capitalised runs that are not people', () => {
  it('"the X Y waterway" and "the X Y channel" are places', () => {
    const { x } = story('Officials discussed navigation in the Khor Saadi waterway and the dredging of the Pedro Lopez channel with Foreign Minister Ana Ruiz.', '2023-05-10');
    expect(names(x)).toEqual(['ana ruiz']);
  });

  it('a hotel, a university in Spanish and a port are not people', () => {
    const { x } = story(
      'The president met Prime Minister Jean Morel at the Hotel de Lassay, said Marta Gil, a professor at the Universidad de la Costa, who spoke about the Sultan Qaboos Port project.',
      '2023-05-10',
    );
    expect(names(x)).toEqual(['jean morel', 'marta gil']);
  });

  it('the name in a photo credit after "Image:" is not a person of the story', () => {
    const { x } = story(
      'BERLIN (Reuters) - Chancellor Anna Berg met President Li Wei in Beijing on Friday.\n\nAnna Berg and Li Wei shook hands in front of the cameras before their talksImage: Jonas Keller/dpa/picture alliance\n\nThe talks lasted two hours.',
      '2023-05-10',
    );
    expect(names(x)).toEqual(['anna berg', 'li wei']);
  });
});

describe('names that are not people', () => {
  it('a sight or ground named by its head noun is a place', () => {
    const { x } = story('Premier Chen Wei toured the city on Sunday. Brisbane Zoo said the visit went well, and Sheesh Mahal was closed for him.', '2024-05-10');
    expect(names(x)).toEqual(['chen wei']);
  });

  it('a name after "the" with no title is no person', () => {
    const { x } = story('After the talks, President Ana Duarte toured the Amber Mahal and the Qutub Minar with her hosts.', '2024-05-10');
    expect(names(x)).toEqual(['ana duarte']);
  });

  it('a name after a place noun and "of" is that place', () => {
    const { x } = story('Officials said the ancient citadel of Kuelap Vilca was restored last year.', '2024-05-10');
    expect(names(x)).toEqual([]);
  });

  it('a news outlet a source spoke to is no person', () => {
    const { x } = story('The two presidents spoke for an hour, a senior official told Al Jazeera, asking not to be named.', '2024-05-10');
    expect(names(x)).toEqual([]);
  });

  it('a photographer credited after "Photo/" is no person of the story', () => {
    const { x } = story('President Ana Duarte met Prime Minister Luis Ortega in Lisbon on Monday, May 6, 2024, in a ceremony at the palace (AP Photo/Mark Lowry). They signed two deals.', '2024-05-10');
    expect(names(x)).toEqual(['ana duarte', 'luis ortega']);
  });
});

describe('places that look like names', () => {
  it('a name an apposition calls a place is no person, in any sentence of the article', () => {
    const { x } = story('The navy keeps Pedro Alvarez, the largest island in the chain, under a lease. Britain leased Pedro Alvarez to Chile in 1970. Ana Ruiz, the city\'s mayor, said so.', '2024-05-10');
    expect(names(x)).toEqual(['ana ruiz']);
  });
});

describe('events named as proper nouns are not persons', () => {
  it('"leader of the Nicaraguan Revolution" and "the General Debate" name no person', () => {
    const { x } = story(
      'MANAGUA, Oct 3, 2024 - President Daniel Ortega, leader of the Nicaraguan Revolution, received Venezuelan Foreign Minister Yvan Gil on Thursday. Gil had attended the General Debate of the UN General Assembly in New York.',
      '2024-10-03',
    );
    expect(names(x)).toEqual(['daniel ortega', 'yvan gil']);
  });
});

describe('courtyards and places after "the" are no persons', () => {
  it('"After the welcome ceremony in the Patio de Honor, the heads of state …" names no person', () => {
    const { x } = story(
      'LIMA, Nov. 16, 2024 (ANDINA) - President Dina Boluarte received Chilean President Gabriel Boric on Friday. After the welcome ceremony in the Patio de Honor, the heads of state addressed the press.',
      '2024-11-16',
    );
    expect(names(x)).toEqual(['dina boluarte', 'gabriel boric']);
  });
});

describe('news agencies and companies named like people', () => {
  it('"told Prensa Nacional" and "(Agencia Sur)" name no person: the press in other languages', () => {
    const { x } = story(
      'Lima, May 5 (Agencia Sur) Peruvian President Ana Quispe received Bolivian Foreign Minister Luis Mamani today. An analyst, Carla Rojas, told Prensa Nacional the visit was useful.',
      '2025-05-05',
    );
    expect(names(x)).toEqual(['ana quispe', 'carla rojas', 'luis mamani']);
  });

  it('"Italy\'s Orbita Nova Space signed a contract" names a company, not a person', () => {
    const { x } = story(
      'HANOI, May 5, 2025 - Vietnamese Prime Minister Tran Van Minh received Italian Prime Minister Marco Bianchi on Monday. Italy\'s Orbita Nova Space signed a contract for a satellite.',
      '2025-05-05',
    );
    expect(names(x)).toEqual(['marco bianchi', 'tran van minh']);
  });
});

describe('a capitalised organisation after "the" stands for no person', () => {
  it('"the White House team" is not the White House press secretary', () => {
    const { x } = story('White House Press Secretary Karen Dale said the talks would be brief. On Tuesday, Indian Prime Minister Arjun Mehta met the White House team in Washington.', '2024-09-24');
    expect(x.meetings.filter((m) => m.participants.some((p) => fold(p.name) === 'karen dale'))).toEqual([]);
  });
});

describe('a capital before a title is the place of the office, not a given name', () => {
  it('"held talks with Beijing Mayor X" keeps China among the countries and the mayor Chinese', () => {
    const { x } = story('Indian Prime Minister Arjun Mehta held talks with Beijing Mayor Chen Wei on Tuesday.', '2024-09-24');
    expect(x.countries.map((c) => c.code)).toContain('CN');
    expect(x.people.find((p) => fold(p.name) === 'chen wei')?.countryCode).toBe('CN');
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

describe('people: a part of a document ("Annex B", "Article 9") is no person', () => {
  it('"Annex B" and "Protocol Two" acting in a sentence are not people', () => {
    const { x } = story('Annex B sets the tariff, while Protocol Two said the border would stay open, Chilean Foreign Minister Rosa Vidal said in Santiago on Monday.', '2024-03-08');
    expect(x.people.map((p) => p.name)).toEqual(['Rosa Vidal']);
  });
});

describe('a name inside the name of an airport or a centre is no person', () => {
  it('"King Faisal International Airport" names no king, "the Rauf Aliyev Cultural Centre" no man', () => {
    const { x } = story(
      'BAKU, June 3, 2025 - At King Faisal International Airport, the guest was welcomed by Deputy Prime Minister Rauf Mammadov. The guest later visited the Nizami Ganjavi Cultural Centre.',
      '2025-06-03',
    );
    expect(names(x)).toEqual(['rauf mammadov']);
  });

  it('the man the airport is named after, a person of the story elsewhere, is not mentioned by the airport\'s name', () => {
    const { x } = story(
      'BAKU, June 3, 2025 - President Ilham Aliyev laid a wreath at the grave of National Leader Heydar Aliyev. At Heydar Aliyev International Airport, the guest was welcomed by Deputy Prime Minister Rauf Mammadov.',
      '2025-06-03',
    );
    expect(names(x)).toEqual(['heydar aliyev', 'ilham aliyev', 'rauf mammadov']);
    expect(x.meetings.flatMap((m) => m.participants.map((p) => fold(p.name)))).not.toContain('heydar aliyev');
  });

  it('capitalised words after a name that end in no place noun leave it a person: "Leo Cruz Tuesday" is Cruz', () => {
    const { x } = story('MADRID, June 3, 2025 - Foreign Minister Ana Ruiz met Peruvian Foreign Minister Leo Cruz on Tuesday. Spain thanked Leo Cruz Monday evening.', '2025-06-03');
    expect(names(x)).toEqual(['ana ruiz', 'leo cruz']);
    expect(x.meetings.map((m) => m.participants.map((p) => fold(p.name)).sort())).toEqual([['ana ruiz', 'leo cruz']]);
  });
});

describe('a city named before a title in apposition is no person', () => {
  it('"at the Royal Palace in Rabat, President of the Republic of Senegal, Mr. X": Rabat is the place, the title the next name\'s', () => {
    const { x } = story('RABAT, June 3, 2025 - King Hassan received, on Friday at the Royal Palace in Rabat, President of the Republic of Senegal, His Excellency Mr. Amadou Ba, who is on a visit.', '2025-06-03');
    expect(names(x)).not.toContain('rabat');
    expect(titlesInTextOrder(x, 'amadou ba')).toEqual(['President']);
  });

  it('a full name after "from" keeps its title: "a letter from Florence Akoto, Minister of Trade,"', () => {
    const { x } = story('ACCRA, June 3, 2025 - The ambassador delivered a letter from Florence Akoto, Minister of Trade, on Tuesday.', '2025-06-03');
    expect(titlesInTextOrder(x, 'florence akoto')).toEqual(['Minister of Trade']);
  });
});

describe('a name that is part of a place named after its bearer', () => {
  it('"welcomed at Olof Palme International Airport by X" does not put Palme at the welcome', () => {
    const { x } = story('STOCKHOLM, Chilean President Pablo Rojas arrived on Sunday on a state visit. He was welcomed at Olof Palme International Airport by Foreign Minister Nils Berg.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['nils berg', 'pablo rojas']]);
  });

  it('a person named before another noun still takes part: "X met Olof Palme, Sweden\'s former envoy"', () => {
    const { x } = story('STOCKHOLM, Chilean President Pablo Rojas met Olof Palme, the Swedish envoy, on Sunday.', '2024-09-23');
    expect(pairs(x.meetings)).toEqual([['olof palme', 'pablo rojas']]);
  });
});
