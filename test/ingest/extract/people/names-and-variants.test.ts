/**
 * Specs for the name of a person and its other forms: one name in either
 * order or spelled two ways, transliterations, initials, second and long
 * family names, a father named inside a name, a short family name after a
 * title. Every story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from '../../fixtures.ts';
import { names, person, titles, titlesInTextOrder } from '../helpers.ts';

describe('forms of one name', () => {
  it('initials written without full stops inside a name are part of it', () => {
    const { x } = story('Foreign Minister Sari DK Wulandari signed the plan. Sari later briefed reporters.', '2023-05-10');
    expect(names(x)).toEqual(['sari dk wulandari']);
  });

  it('a name without its second family name after "de" is the same person', () => {
    const { x } = story('Former President Laura Méndez de Castro criticised the deal. Laura Méndez said it was rushed.', '2023-05-10');
    expect(names(x)).toEqual(['laura mendez de castro']);
  });
});

describe('one name in either order', () => {
  it('a two-word name written in the other order, the patronymic without its ending, is the same person', () => {
    const { x } = story('Mongolian President Batbayaryn Ganzorig arrived in Tokyo on Monday. A statement quoted President Ganzorig Batbayar as saying ties would deepen.', '2024-05-10');
    expect(names(x)).toEqual(['batbayaryn ganzorig']);
  });

  it('two different given names do not make one person', () => {
    const { x } = story('Finance Minister Lee Min met Trade Minister Lee Jun in Seoul on Monday.', '2024-05-10');
    expect(names(x)).toEqual(['lee jun', 'lee min']);
  });
});

describe('spellings of one name', () => {
  it('doubled letters and a closing y, i or j are spellings of one name', () => {
    const { x } = story('President Oleksandr Kovalenkyy met Prime Minister Massoud Rahimi in Oslo. "I assured President Kovalenkyj of our support," Masoud Rahimi said.', '2024-05-10');
    expect(names(x)).toEqual(['massoud rahimi', 'oleksandr kovalenkyy']);
  });

  it('short names are not read loosely', () => {
    const { x } = story('Premier Li Wen met Minister Ly Wen in Hanoi on Monday.', '2024-05-10');
    expect(names(x)).toEqual(['li wen', 'ly wen']);
  });
});

describe('names', () => {
  it('"Sultan" before a family name opened by "Al" is a given name, not a style', () => {
    const { x } = story("Sultan Al Mansouri, the UAE's energy minister and chief executive of the state oil company, said the deal was good. Omani Sultan Haitham bin Tarik agreed.", '2024-05-10');
    expect(names(x)).toEqual(['haitham bin tarik', 'sultan al mansouri']);
    expect(titles(x, 'Sultan Al Mansouri')).toEqual(['Chief Executive', 'Energy Minister']);
    expect(titles(x, 'Haitham bin Tarik')).toEqual(['Sultan']);
  });

  it('four-letter given names that differ only in a closing y or i are one person', () => {
    const { x } = story('Kremlin aide Yury Sokolov said the talks went well. Yuri Sokolov added that no document would be signed.', '2024-05-10');
    expect(names(x)).toEqual(['yury sokolov']);
  });

  it('the platform X before a full stop is not an initial', () => {
    const { x } = story('Premier Pavel Dvorak praised the deal. "It is a good day," Dvorak wrote on X. Dvorak told reporters the talks were over.', '2024-05-10');
    expect(names(x)).toEqual(['pavel dvorak']);
  });
});

describe('transliterations of one name', () => {
  it('"Tokayev" and "Tokaev" are one person', () => {
    const { x } = story(
      'ASTANA, June 12, 2024 - Kazakh President Kassym-Jomart Tokayev received Turkish President Recep Tayyip Erdogan in Astana on Wednesday. The presidential press service quoted President Tokaev as saying that ties were strong.',
      '2024-06-12',
    );
    expect(names(x)).toEqual(['kassym-jomart tokayev', 'recep tayyip erdogan']);
  });
});

describe('second family names', () => {
  it('"Julio Pérez Ruiz" and later "Julio Pérez" are one person, but "Ferdinand Marcos" is not "Ferdinand Marcos Jr."', () => {
    const { x } = story(
      'HAVANA, Oct 3, 2024 - Cuban Vice President Julio Pérez Ruiz received Philippine President Ferdinand Marcos Jr. in Havana on Thursday. In 1986, Julio Pérez had met Ferdinand Marcos in Manila.',
      '2024-10-03',
    );
    expect(names(x)).toEqual(['ferdinand marcos', 'ferdinand marcos jr', 'julio perez ruiz']);
  });
});

describe('the paternal family name alone', () => {
  it('"Díaz-Canel" (or "Diaz-Canel") after "Miguel Díaz-Canel Bermúdez" is the same person', () => {
    const { x } = story(
      'HAVANA, Oct 3, 2024 - Cuban President Miguel Díaz-Canel Bermúdez received Lao President Thongloun Sisoulith in Havana on Thursday. During a visit to Vientiane in 2019, President Diaz-Canel met Thongloun.',
      '2024-10-03',
    );
    expect(names(x)).toEqual(['miguel diaz-canel bermudez', 'thongloun sisoulith']);
  });
});

describe('a title before a Vietnamese family name that is also an English word', () => {
  it('"President To Lam" is To Lam, not "Lam"', () => {
    const { x } = story(
      'HANOI, Oct 3, 2024 - Vietnamese President To Lam received Lao President Thongloun Sisoulith in Hanoi on Thursday. Lam said ties were strong.',
      '2024-10-03',
    );
    expect(names(x)).toEqual(['thongloun sisoulith', 'to lam']);
  });
});

describe('a capital as a given name after the agent\'s "by" or "with"', () => {
  it('"led by Santiago Abascal" and "talks with Victoria Reyes" name persons', () => {
    const { x } = story(
      'MADRID, April 23, 2024 - The far-right Vox party, led by Santiago Abascal, staged a walkout on Tuesday. Sánchez later held talks with Victoria Reyes in Madrid.',
      '2024-04-23',
    );
    expect(names(x)).toContain('santiago abascal');
    expect(names(x)).toContain('victoria reyes');
    expect(x.countries.map((c) => c.code)).not.toContain('CL');
  });
});

describe('a father named inside his son\'s name', () => {
  it('"Crown Prince Faisal bin Omar bin Khalid Al Rashid" and "King Omar bin Khalid Al Rashid" are two people', () => {
    const { x } = story(
      'RIYADH, Dec 2, 2024 - Crown Prince Faisal bin Omar bin Khalid Al Rashid received Italian Prime Minister Marco Bianchi on Monday. He conveyed the greetings of King Omar bin Khalid Al Rashid to the Italian leader.',
      '2024-12-02',
    );
    expect(names(x)).toContain('omar bin khalid al rashid');
    expect(names(x)).toContain('faisal bin omar bin khalid al rashid');
    expect(person(x, 'omar bin khalid al rashid')?.roles.map((r) => r.title)).toEqual(['King']);
  });
});

describe('transliterations with "ou" for "u"', () => {
  it('"President Abdi Farah Mohamud" and later "President Abdi Farah Mohamoud" are one person', () => {
    const { x } = story(
      'ANKARA, July 22, 2025 - Turkish President Recep Tayyip Erdogan received Somali President Abdi Farah Mohamud in Ankara on Tuesday. The Somali presidency said President Abdi Farah Mohamoud had invited Turkish investors.',
      '2025-07-22',
    );
    expect(names(x)).toEqual(['abdi farah mohamud', 'recep tayyip erdogan']);
  });
});

describe('one person transliterated two ways in one article', () => {
  it('"Rustam Khasanov" and "Rustam Hasanov" are one man: the Russian х is written "kh" or "h"', () => {
    const { x } = story(
      'DUSHANBE, May 5, 2025 - Tajik Foreign Minister Rustam Khasanov received Kazakh Foreign Minister Aidar Nurlanov on Monday. A statement from the ministry said Rustam Hasanov thanked his guest.',
      '2025-05-05',
    );
    expect(names(x)).toEqual(['aidar nurlanov', 'rustam khasanov']);
  });

  it('"Pyotr Vyshnevsky" and "Pyotr Vishnevsky" are one man: the Russian ы is written "y" or "i"', () => {
    const { x } = story(
      'MINSK, May 5, 2025 - Russian Deputy Prime Minister Pyotr Vyshnevsky met Belarusian Prime Minister Ivan Kolos on Monday. Pyotr Vishnevsky said the talks were useful.',
      '2025-05-05',
    );
    expect(names(x)).toEqual(['ivan kolos', 'pyotr vyshnevsky']);
  });

  it('"Hamid Ali El-Tayeb" and "President Al-Tayeb" are one man: the Arabic article is written "el" or "al"', () => {
    const { x } = story(
      'KHARTOUM, May 5, 2025 - President Hamid Ali El-Tayeb received the Chadian foreign minister on Monday. Earlier, President Al-Tayeb had spoken to reporters.',
      '2025-05-05',
    );
    expect(names(x)).toEqual(['hamid ali el-tayeb']);
    expect(person(x, 'hamid ali el-tayeb')?.aliases.map(fold)).toContain('al-tayeb');
  });

  it('"Sheikh Nashal Al-Hamad Al-Jasim" and "Sheikh Neshal Al-Hamad Al-Jasim" are one man: a vowel inside a given name is the writer\'s', () => {
    const { x } = story(
      'DOHA, May 5, 2025 - Emir Sheikh Nashal Al-Hamad Al-Jasim received the Omani foreign minister on Monday. A statement said Sheikh Neshal Al-Hamad Al-Jasim welcomed the visit.',
      '2025-05-05',
    );
    expect(names(x)).toEqual(['nashal al-hamad al-jasim']);
  });

  it('"Mario Conti" and "Maria Conti" are two people: a different closing vowel is another name', () => {
    const { x } = story(
      'ROME, May 5, 2025 - Italian Industry Minister Mario Conti met Maltese Trade Minister Joe Borg on Monday. His sister Maria Conti, a lawyer, was also present.',
      '2025-05-05',
    );
    expect(names(x)).toContain('mario conti');
    expect(names(x)).toContain('maria conti');
  });
});

describe('a short family name after a title', () => {
  it('"Deputy Foreign Minister Do Hung Viet": a capitalised two-letter word before a name is the family name, not the verb', () => {
    const { x } = story('Vietnamese Deputy Foreign Minister Do Hung Viet met Irish Foreign Minister Liam Brennan in Dublin on Monday.', '2024-09-24');
    expect(x.people.map((p) => fold(p.name))).toContain('do hung viet');
  });
});


describe('long family names in which a given name recurs', () => {
  it('two names with the same first and last words but different middle names are two people', () => {
    const { x } = story(
      'Deputy Prime Minister Sheikh Nasser Khaled Al-Hamad Al-Nasser signed the accords. The border was settled in 1965 by then Crown Prince Sheikh Nasser Al-Salem Al-Nasser.',
      '2023-05-10',
    );
    expect(names(x)).toEqual(['nasser al-salem al-nasser', 'nasser khaled al-hamad al-nasser']);
    expect(titlesInTextOrder(x, 'Nasser Al-Salem Al-Nasser')).toEqual(['Crown Prince']);
  });

  it('a shorter form without middle names is still the same person, one with other middle names is not', () => {
    const { x } = story('Turkish President Mehmet Ali Yavuz arrived on Monday. Mehmet Yavuz then met former President Mehmet Kemal Yavuz.', '2023-05-10');
    expect(names(x)).toEqual(['mehmet ali yavuz', 'mehmet kemal yavuz']);
  });
});

describe('initials that open a name', () => {
  it('capitals after a title and before a name word are initials', () => {
    const { x } = story('Vice President KT Morgan met then Prime Minister R.K. Desai in Delhi on Monday.', '2024-05-10');
    expect(names(x)).toEqual(['kt morgan', 'r.k. desai']);
    expect(titlesInTextOrder(x, 'KT Morgan')).toEqual(['Vice President']);
    expect(titlesInTextOrder(x, 'R.K. Desai')).toEqual(['Prime Minister']);
  });

  it('an acronym before a title stays out of the name', () => {
    const { x } = story('US President Joe Biden met UN Secretary-General Rosa Lind in New York.', '2024-05-10');
    expect(names(x)).toEqual(['joe biden', 'rosa lind']);
    expect(titlesInTextOrder(x, 'Rosa Lind')).toEqual(['Secretary-General']);
  });
});

describe('a full name joined by "and" to a person\'s', () => {
  it('"A B and C D spent …": both are people, though only one is known as a name', () => {
    const { x } = story('LIMA — Emmanuel Macron and Giorgia Meloni spent four hours together on Tuesday. Meloni said the talks were frank.', '2025-06-04');
    expect(names(x)).toEqual(['emmanuel macron', 'giorgia meloni']);
  });

  it('not a company joined to a person and followed by its own officer\'s title', () => {
    const { x } = story('LIMA — Chief executive Ana Lopez and Andes Copper Holdings chief executive Jorge Salas signed a contract on Tuesday.', '2025-06-04');
    expect(names(x)).not.toContain('andes copper holdings');
  });
});
