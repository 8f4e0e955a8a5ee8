/**
 * Specs for forms of address, honorifics and styles around a name: "Sir",
 * "Dame", abbreviated and patronymic forms, Malay styles, academic forms,
 * monarchs' regnal names and styles, chiefly styles. Every story here is made
 * up.
 */
import { describe, expect, it } from 'vitest';
import { fold, story } from '../../fixtures.ts';
import { names, person, titles, who, titlesInTextOrder } from '../helpers.ts';

describe('descriptions of a monarch', () => {
  it('"the King\'s tour" is a reference, and the late king of an earlier visit is not the king meant', () => {
    const { x } = story(
      'King Omar bin Said Al Amin arrived in Tokyo on Monday, the first visit by a monarch since the late King Faisal bin Said in 1971. Tokyo is the third stop of the King\'s Asian tour. He will hold talks with Chinese President Li Wen in Beijing on Thursday.',
      '2024-05-10',
    );
    expect(who(x)).toContain('li wen + omar bin said al amin');
    expect(who(x)).not.toContain('faisal bin said + li wen');
  });
});

describe('abbreviated forms of address', () => {
  it('"Amb.", "Mr" and "Sen." between a title and a name are neither', () => {
    const { x } = story('The delegation included the Minister of Trade, Amb. Kofi Mensah; the Minister of Health, Mr Ade Bello; and the Minister of Works, Sen. Tunde Obi.', '2024-05-10');
    expect(names(x)).toEqual(['ade bello', 'kofi mensah', 'tunde obi']);
    expect(titles(x, 'Kofi Mensah')).toEqual(['Minister of Trade']);
    expect(titles(x, 'Tunde Obi')).toEqual(['Minister of Works']);
  });

  it('an abbreviated rank is a title of its own', () => {
    const { x } = story('Chief of Army Staff Gen Omar Rahim Khan inspected the troops on Monday.', '2024-05-10');
    expect(names(x)).toEqual(['omar rahim khan']);
    expect(titles(x, 'Omar Rahim Khan')).toEqual(['Chief of Army Staff', 'General']);
  });

  it('"Gen" and "Sen" stay names where they are one', () => {
    const { x } = story('Defence Minister Gen Nakatani met Hun Sen in Tokyo on Monday.', '2024-05-10');
    expect(names(x)).toEqual(['gen nakatani', 'hun sen']);
  });

  it('two titles joined by "and" after an "of" complement are two titles', () => {
    const { x } = story('The talks were attended by the Minister of Finance and Coordinating Minister of the Economy, Mr Ade Bello.', '2024-05-10');
    expect(titles(x, 'Ade Bello')).toEqual(['Coordinating Minister of the Economy', 'Minister of Finance']);
  });
});

describe('patronymic forms of address', () => {
  it('a given name with a patronymic is the person of that given name, and "Dear" is no part of it', () => {
    const { x } = story('President Ivan Sokolov welcomed President Ali Karimov. Karimov said: "Dear Ivan Sergeyevich, thank you for the welcome."', '2024-05-10');
    expect(names(x)).toEqual(['ali karimov', 'ivan sokolov']);
    expect(person(x, 'Ivan Sokolov')?.aliases).toContain('Ivan Sergeyevich');
  });

  it('the patronymic form is never chosen as the name', () => {
    const { x } = story('"Dear Ivan Sergeyevich, welcome," the host said. President Ivan Sokolov then signed the treaty.', '2024-05-10');
    expect(names(x)).toContain('ivan sokolov');
    expect(names(x)).not.toContain('ivan sergeyevich');
  });
});

describe('Malay styles and words that open no name', () => {
  it('"Yang di-Pertuan" (and "Agong") is a title, "Yang" in a Chinese name is not', () => {
    const { x } = story('The Sultan called on the Yang di-Pertuan Agong Tuanku Omar Ali Shah, and later met Wang Yang in Kuala Lumpur.', '2024-05-10');
    expect(titles(x, 'Omar Ali Shah')).toEqual(['Yang Di-Pertuan Agong']);
    expect(names(x)).toContain('wang yang');
  });

  it('without a title, a capitalised run after "a" or "an" is no person', () => {
    const { x } = story('A Joint Statement was issued at the end of the visit.', '2024-05-10');
    expect(names(x)).toEqual([]);
  });

  it('"Last June" opening a sentence is no person', () => {
    const { x } = story('Last June, President Omar Ali met Prime Minister Ana Duarte in Lima.', '2024-05-10');
    expect(names(x)).toEqual(['ana duarte', 'omar ali']);
  });

  it('a university in Malay or Indonesian is no person', () => {
    const { x } = story('Said Nurul Huda, a lecturer at Universiti Malaya, said the talks went well.', '2024-05-10');
    expect(names(x)).not.toContain('universiti malaya');
  });
});

describe('an honorific between an office with its complement and the name', () => {
  it('"Minister of Defence Sheikh X" is Minister of Defence, and Sheikh is no title', () => {
    const { x } = story(
      'DOHA, Oct 3, 2024 - Modi was received at the airport by Deputy Prime Minister and Minister of Defence Sheikh Khalid Hamad Al-Attiyah on Thursday.',
      '2024-10-03',
    );
    expect(titles(x, 'Khalid Hamad Al-Attiyah')).toEqual(['Deputy Prime Minister', 'Minister of Defence']);
  });
});

describe('an academic form of address between an office and the name', () => {
  it('"Chief Adviser Professor X" is Chief Adviser; "Professor Y" alone stays a Professor', () => {
    const { x } = story(
      'DHAKA, May 30, 2025 (BSS) - Chief Adviser Professor Anwar Hossain met Japanese envoy Kenji Sato on Friday. Professor Rina Akter said the talks went well.',
      '2025-05-30',
    );
    expect(titles(x, 'Anwar Hossain')).toEqual(['Chief Adviser']);
    expect(titles(x, 'Rina Akter')).toEqual(['Professor']);
  });
});

describe('monarchs\' styles are written without their realm', () => {
  it('"Crown Prince of Abu Dhabi X" is Crown Prince, and "Y, the then Maharaja of Jamnagar" is a person and Maharaja', () => {
    const { x } = story(
      'ABU DHABI, Aug 22, 2024 - Modi met Crown Prince of Abu Dhabi Khaled bin Mohamed Al Nahyan on Thursday. He later visited a memorial to Ranjitsinhji Vibhaji Jadeja, the then Maharaja of Jamnagar.',
      '2024-08-22',
    );
    expect(titles(x, 'Khaled bin Mohamed Al Nahyan')).toEqual(['Crown Prince']);
    expect(titles(x, 'Ranjitsinhji Vibhaji Jadeja')).toEqual(['Maharaja']);
  });
});

describe('forms of address between a title and a name', () => {
  it('"Minister of Energy Eng. Khalid Al-Saud" keeps the title; "Eng." is an engineer\'s form of address', () => {
    const { x } = story(
      'RIYADH, March 13, 2024 - The agreement was signed by Minister of Energy Eng. Faisal Al-Harbi and Japanese Trade Minister Kenji Sato on Wednesday.',
      '2024-03-13',
    );
    expect(person(x, 'faisal al-harbi')?.roles.map((r) => r.title)).toEqual(['Minister of Energy']);
  });
});

describe('a style that is also a family name', () => {
  it('"Airbus chief executive Laura Pope signed" is Laura Pope, and "Pope" later is her', () => {
    const { x } = story('PARIS, May 14, 2025 - Airbus chief executive Laura Pope signed a contract with Air Peru on Wednesday. Pope said the order was a record.', '2025-05-14');
    expect(names(x)).toEqual(['laura pope']);
    expect(person(x, 'laura pope')?.roles.map((r) => r.title)).toEqual(['Chief Executive']);
  });

  it('the style before a name stays a title: "Britain\'s King Charles received …"', () => {
    const { x } = story('LONDON, May 14, 2025 - Britain\'s King Charles received Japanese Emperor Naruhito on Wednesday.', '2025-05-14');
    expect(person(x, 'charles')?.roles.map((r) => r.title)).toEqual(['King']);
  });
});

describe('a chiefly style after an office: "Governor-General Grand Chief Sir X"', () => {
  it('"Governor-General Grand Chief Sir Peter Kuri" is the Governor-General; "Grand Chief" and "Sir" are his address', () => {
    const { x } = story(
      'PORT MORESBY, May 5, 2025 - The Fijian prime minister paid a courtesy call on Governor-General Grand Chief Sir Peter Kuri at Government House, and recalled the visit of then-Prime Minister Grand Chief Sir Tom Waim.',
      '2025-05-05',
    );
    expect(person(x, 'peter kuri')?.roles.map((r) => r.title)).toEqual(['Governor-General']);
    expect(person(x, 'tom waim')?.roles.map((r) => r.title)).toEqual(['Prime Minister']);
  });

  it('"Grand Chief Ron Evans" alone keeps Grand Chief as the title', () => {
    const { x } = story('WINNIPEG, May 5, 2025 - Grand Chief Ron Evans met the Canadian prime minister on Monday.', '2025-05-05');
    expect(person(x, 'ron evans')?.roles.map((r) => r.title)).toEqual(['Grand Chief']);
  });
});

describe('"Sir" and "Dame" are forms of address, not part of the name', () => {
  it('"Secretary General Dame Ruth Kale" and "Governor-General Sir Peter Lam" keep their offices without the honorific', () => {
    const { x } = story(
      'Prime Minister Anna Berg will hold talks with Pacific Forum Secretary General Dame Ruth Kale in Suva on Friday, and will call on Governor-General Sir Peter Lam on Saturday.',
      '2025-03-10',
    );
    const people = names(x.people);
    expect(people).toContain('ruth kale');
    expect(people).toContain('peter lam');
    expect(x.people.find((p) => fold(p.name) === 'ruth kale')?.roles.map((r) => r.title)).toEqual(['Secretary General']);
  });
});


describe('monarchs named by a regnal name', () => {
  it('a regnal name is not the surname of another person, and the office after it is the title', () => {
    const { x } = story('Prime Minister Rahim Hassan welcomed the guests in Putrajaya. The president later had an audience with His Majesty Sultan Hassan, King of Malaysia, in Kuala Lumpur.', '2024-05-10');
    expect(names(x)).toEqual(['hassan', 'rahim hassan']);
    expect(titlesInTextOrder(x, 'Rahim Hassan')).toEqual(['Prime Minister']);
    expect(titlesInTextOrder(x, 'Hassan')).toEqual(['King']);
    expect(person(x, 'Hassan')?.aliases).toContain('Sultan Hassan');
  });

  it('a regnal name still opens the full name of the same monarch', () => {
    const { x } = story('King Faisal bin Ahmed Al Amin arrived in Tokyo on Sunday. King Faisal met the prime minister on Monday.', '2024-05-10');
    expect(names(x)).toEqual(['faisal bin ahmed al amin']);
  });
});

describe('Malay forms of address', () => {
  it('"Datuk Seri Utama" before a name is neither title nor name', () => {
    const { x } = story('Turkish Foreign Minister Ali Demir called on Foreign Minister Datuk Seri Utama Haji Ismail Rahman at Wisma Putra.', '2024-05-10');
    expect(names(x)).toEqual(['ali demir', 'ismail rahman']);
    expect(titlesInTextOrder(x, 'Ismail Rahman')).toEqual(['Foreign Minister']);
  });
});
