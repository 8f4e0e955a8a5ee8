/**
 * Specs for sentences that tell more than one meeting, and for the smaller
 * patterns found with them: datelines with no year, "in September last
 * year", surnames that are months, towns placed by a city they are near,
 * author lines, and people outside a cancelled meeting's clause. Every
 * story here is made up.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/ingest/extract/dates.ts';
import { normalize } from '../../src/ingest/normalize.ts';
import { fold, story } from './fixtures.ts';

const names = (list: { name: string }[]) => list.map((p) => fold(p.name)).sort();
const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'DAY' });
const month = (year: number, m: number) => ({ year, month: m, precision: 'MONTH' });

describe('a sentence that tells several meetings', () => {
  it('a later meeting word with a new counterpart is a second meeting, with its own place', () => {
    const { x } = story(
      'Danish Prime Minister Ida Holm met Austrian Chancellor Peter Gruber at the Chancellery in Vienna on Monday, at the end of a day that had earlier taken her to Prague for talks with Czech President Jan Novak.',
      '2024-03-05',
    );
    expect(x.meetings).toHaveLength(2);
    const [vienna, prague] = x.meetings;
    expect(names(vienna!.participants)).toEqual(['ida holm', 'peter gruber']);
    expect(vienna).toMatchObject({ city: 'Vienna', date: day(2024, 3, 4) });
    expect(names(prague!.participants)).toEqual(['ida holm', 'jan novak']);
    // The second meeting gives no date of its own: it is the sentence's day.
    expect(prague).toMatchObject({ city: 'Prague', countryCode: 'CZ', date: day(2024, 3, 4) });
  });

  it('"held talks with A, and was later received by B": two meetings of the person the sentence is about', () => {
    const { x } = story(
      'Peruvian Foreign Minister Rosa Quispe arrived in Quito on Monday. She held talks with Ecuadorian Foreign Minister Luis Andrade at the foreign ministry in Quito, and was later received by President Carlos Vera at the Carondelet Palace.',
      '2024-06-04',
    );
    const pairs = x.meetings.map((m) => names(m.participants));
    expect(pairs).toContainEqual(['luis andrade', 'rosa quispe']);
    expect(pairs).toContainEqual(['carlos vera', 'rosa quispe']);
    expect(pairs).not.toContainEqual(['carlos vera', 'luis andrade']);
  });

  it('"met separately with A and B" is one meeting with each', () => {
    const { x } = story('On Wednesday, Japanese Prime Minister Kenji Sato met separately with Prime Minister Tran Van Minh and President Le Thi Hoa.', '2023-12-14');
    expect(x.meetings.map((m) => names(m.participants))).toEqual([
      ['kenji sato', 'tran van minh'],
      ['kenji sato', 'le thi hoa'],
    ]);
    expect(x.meetings.every((m) => m.date?.day === 13)).toBe(true);
  });

  it('"met in July in Vilnius, and met again in September in New York" is two meetings of the same pair', () => {
    const { x } = story(
      'Turkish President Ali Demir and Greek Prime Minister Nikos Pappas broke the ice in July, when they met on the sidelines of a NATO summit in Vilnius, and met again in September in New York.',
      '2023-12-08',
    );
    expect(x.meetings).toHaveLength(2);
    expect(x.meetings[0]).toMatchObject({ city: 'Vilnius', date: month(2023, 7) });
    expect(x.meetings[1]).toMatchObject({ city: 'New York', date: month(2023, 9) });
    for (const m of x.meetings) expect(names(m.participants)).toEqual(['ali demir', 'nikos pappas']);
  });

  it('a visit "for talks with" its counterpart stays one meeting', () => {
    const { x } = story('Kenyan President Peter Kamau will pay a visit to Uganda next month for talks with Ugandan President John Okello.', '2024-05-02');
    expect(x.meetings).toHaveLength(1);
    expect(names(x.meetings[0]!.participants)).toEqual(['john okello', 'peter kamau']);
  });
});

describe('the small patterns found with them', () => {
  it('a dateline with no year takes the latest past year the story names', () => {
    const doc = normalize({ origin: 'made-up', text: 'HANOI, May 7 (Yonhap) -- President Le Van An held talks with Thai Prime Minister Somchai Wong on Sunday, ahead of the 2023 ASEAN summit. The two sides last met in 2019 and aim to double trade by 2030.', meta: {} });
    expect(doc.meta.publishedAt).toBe('2023-05-07');
    expect(doc.sentences[0]!.text).toMatch(/^HANOI, President/);
  });

  it('a dateline with no year and no year in the story gives no date', () => {
    const doc = normalize({ origin: 'made-up', text: 'HANOI, May 7 (Yonhap) -- President Le Van An held talks with Thai Prime Minister Somchai Wong on Sunday.', meta: {} });
    expect(doc.meta.publishedAt).toBeUndefined();
  });

  it('"in September last year" is September of the year before publication', () => {
    const [d] = findDates('He had been due to visit Islamabad in September last year, but the trip was postponed.', '2015-04-20');
    expect(d!.date).toEqual(month(2014, 9));
  });

  it('a month after a first name is a surname, and "in May" is still a month', () => {
    const { x } = story('In 2018, then-Prime Minister Theresa May met Argentine President Mauricio Macri in Buenos Aires. May said in May that the talks had gone well.', '2024-11-20');
    expect(x.people.map((p) => p.name)).toContain('Theresa May');
    expect(x.meetings).toHaveLength(1);
    expect(names(x.meetings[0]!.participants)).toEqual(['mauricio macri', 'theresa may']);
  });

  it('a town the gazetteer does not know is placed by the city it is near, and is not a person', () => {
    const { x } = story('Polish Foreign Minister Adam Nowak met German Foreign Minister Eva Richter at La Celle-Saint-Cloud near Paris on Monday.', '2024-02-12');
    expect(x.people.map((p) => p.name)).not.toContain('La Celle-Saint-Cloud');
    expect(x.meetings[0]).toMatchObject({ city: 'La Celle-Saint-Cloud', countryCode: 'FR' });
  });

  it('an "Author" line is a credit, not a person of the story', () => {
    const doc = normalize({ origin: 'made-up', text: '# Poland and Germany\n\nThe new prime minister has promised a new opening with Berlin.\n\nAuthor Anna Nowicka (with AFP, dpa)\n\nPolish Prime Minister Jan Lis met German Chancellor Karl Weber in Berlin on Monday.', meta: { publishedAt: '2024-02-12' } });
    expect(doc.body).not.toMatch(/Author/);
  });

  it('people after a cancel verb are not at the cancelled meeting', () => {
    const { x } = story(
      'Chinese President Li Wei had been due to hold talks with Prime Minister Omar Khan in Islamabad in September last year, but the meeting was postponed as protesters led by opposition leader Imran Qureshi occupied the capital.',
      '2015-04-20',
    );
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ status: 'CANCELLED', date: month(2014, 9) });
    expect(names(x.meetings[0]!.participants)).toEqual(['li wei', 'omar khan']);
  });
});

describe('names, titles and occasions written in other ways', () => {
  it('forms of address are neither name nor title: "His Highness Sheikh …", "Datuk Seri …"', () => {
    const { x } = story('His Highness Sheikh Hamad bin Khalid Al Rashid received Prime Minister Datuk Seri Aziz Rahman at the palace on Monday. Sheikh Hamad thanked Aziz.', '2024-01-09');
    const names = x.people.map((p) => p.name);
    expect(names).toContain('Hamad bin Khalid Al Rashid');
    expect(names).toContain('Aziz Rahman');
    expect(x.people.find((p) => p.name === 'Aziz Rahman')!.roles.map((r) => r.title)).toEqual(['Prime Minister']);
    expect(x.people).toHaveLength(2);
  });

  it('the spellings of Muhammad are one person', () => {
    const { x } = story('Crown Prince Mohamed bin Salem met Egyptian President Omar Said in Cairo on Monday. Mohammed bin Salem later left for Amman.', '2024-01-09');
    expect(x.people.filter((p) => /Salem/.test(p.name))).toHaveLength(1);
  });

  it('a plural title is the title of each name it stands before', () => {
    const { x } = story('The last summit was held in Madrid in 2015, between then-prime ministers Carlos Ruiz and Karim Alaoui.', '2023-02-03');
    for (const name of ['Carlos Ruiz', 'Karim Alaoui']) expect(x.people.find((p) => p.name === name)?.roles.map((r) => r.title)).toEqual(['Prime Minister']);
    expect(x.people.map((p) => p.name)).not.toContain('Madrid');
  });

  it('a meeting word in a capitalised name makes it no person: "the first High-Level Meeting"', () => {
    const { x } = story('The last High-Level Meeting was held in Madrid in 2015, between then-prime ministers Carlos Ruiz and Karim Alaoui.', '2023-02-03');
    expect(x.people.map((p) => p.name)).not.toContain('High-Level Meeting');
    expect(x.meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([['Carlos Ruiz', 'Karim Alaoui']]);
  });

  it('"a dinner with" is a meeting, and an invitation "to make an official visit" is a plan', () => {
    const { x } = story('In April, Spanish Prime Minister Luis Gil travelled to Rabat for a dinner with Moroccan Prime Minister Aziz Tazi. Tazi invited the Spanish leader to make an official visit to Morocco soon.', '2023-09-03');
    const dinner = x.meetings.find((m) => m.status === 'HELD');
    expect(dinner).toMatchObject({ city: 'Rabat', date: month(2023, 4) });
    expect(x.meetings.find((m) => m.status === 'PLANNED')).toMatchObject({ countryCode: 'MA' });
  });

  it('a dateline closed by "//" gives the lead meeting its city', () => {
    const { x } = story('RIYADH // Saudi Foreign Minister Faisal Omar received Jordanian Foreign Minister Ayman Haddad at the ministry on Monday, the state news agency reported.', '2024-01-09');
    expect(x.meetings[0]).toMatchObject({ city: 'Riyadh', countryCode: 'SA' });
  });

  it('a meeting right after the lead takes the lead sentence\'s day and city', () => {
    const { x } = story(
      'Spain and Morocco signed 20 agreements on Thursday in Rabat. Spanish Prime Minister Luis Gil and his Moroccan counterpart, Aziz Tazi, held talks before the ministers signed the documents.',
      '2023-02-03',
    );
    expect(x.meetings[0]).toMatchObject({ city: 'Rabat', date: day(2023, 2, 2) });
  });

  it('one person\'s trip told later, with no counterpart, gives the meeting no place', () => {
    const { x } = story('Nigerian President Ade Bello welcomed Ghana\'s president, Kofi Mensah, to the Aso Villa on Tuesday for talks. Earlier this month Bello visited Bamako and Niamey.', '2025-03-26');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.city).not.toBe('Bamako');
  });

  it('the date of a relative clause after "the summit" is not the summit\'s', () => {
    const { x } = story('Spanish Prime Minister Luis Gil held talks with Moroccan Prime Minister Aziz Tazi in Rabat. The summit crowns a rapprochement that began in March last year.', '2023-02-03');
    expect(x.meetings[0]!.date).toBeUndefined();
  });
});

describe('agreements written in other ways', () => {
  it('one count before two nouns joined by "and" is one package, dated by its day rather than a "since" of the sentence', () => {
    const { x } = story('Spain and Morocco signed 20 agreements and memorandums of understanding on Thursday in Rabat, at the close of the first summit between the two governments since 2015.', '2023-02-03');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]).toMatchObject({ kind: 'PACKAGE', documentCount: 20, date: day(2023, 2, 2) });
    expect(x.agreements[0]!.span).toBeUndefined();
  });

  it('a signed joint declaration is an agreement; "no document was signed" is none', () => {
    const { x } = story('Turkish President Ali Demir and Greek Prime Minister Nikos Pappas signed a joint declaration on friendly relations on Thursday. The two sides agreed to reopen border posts, but no document on the issue was signed.', '2023-12-08');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]).toMatchObject({ kind: 'AGREEMENT', documentCount: 1, date: day(2023, 12, 7) });
  });

  it('"exchanged 51 agreements" is a signing', () => {
    const { x } = story('Pakistan and China on Monday exchanged 51 agreements and memorandums of understanding on energy and infrastructure.', '2015-04-20');
    expect(x.agreements[0]).toMatchObject({ kind: 'PACKAGE', documentCount: 51, parties: ['CN', 'PK'], date: day(2015, 4, 20) });
  });
});

describe('places, people and dates set apart in the sentence', () => {
  it('"here" in a datelined story is the dateline\'s place, even one the gazetteer does not know', () => {
    const { x } = story('BANFF, Prime Minister Ravi Kumar on Tuesday sat down with Canadian Prime Minister Mark Allen on the sidelines of the summit here.', '2025-06-18');
    expect(x.meetings[0]).toMatchObject({ city: 'Banff', date: day(2025, 6, 17) });
  });

  it('a dateline alone on a line ("KANANASKIS:") opens the story', () => {
    const doc = normalize({ origin: 'made-up', text: 'India and Canada agree\n\nBANFF:\n\nPrime Minister Ravi Kumar on Tuesday met Canadian Prime Minister Mark Allen.', meta: { publishedAt: '2025-06-18' } });
    expect(doc.sentences[0]!.text).toMatch(/^BANFF, Prime Minister/);
  });

  it('a person named only in a relative clause is not at the meeting', () => {
    const { x } = story('Iranian Foreign Minister Ali Rezaei, who is accompanying President Hassan Karimi, met his Iraqi counterpart, Foreign Minister Omar Saleh, in Baghdad on Wednesday.', '2024-09-11');
    expect(x.meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([['Ali Rezaei', 'Omar Saleh']]);
  });

  it('a date in a relative clause about someone dates nothing of the meeting', () => {
    const { x } = story('In November 2022, Iraqi Prime Minister Omar Saleh travelled to Tehran for his first trip abroad and held talks with then Iranian President Ali Rezaei, who was killed in a crash in May this year.', '2024-09-11');
    expect(x.meetings[0]!.date).toEqual(month(2022, 11));
  });

  it('"agreed to resume talks on" a trade deal is no meeting', () => {
    const { x } = story('Canadian official Anne Roy and Indian diplomat Ravi Rao agreed to resume talks on an early trade agreement paused in 2023.', '2025-06-18');
    expect(x.meetings).toHaveLength(0);
  });
});

describe('who is at a meeting, told in other ways', () => {
  it('a middle word of a long Iberian name refers to its person ("Lula")', () => {
    const { x } = story('Brazilian President Luiz Inácio Lula da Silva met Paraguayan President Santiago Peña in Foz do Iguaçu on Friday. Lula and Peña last met in October in Brasília.', '2024-03-16');
    expect(x.meetings.map((m) => m.city)).toEqual(['Foz do Iguaçu', 'Brasília']);
    expect(x.meetings[1]!.participants.map((p) => p.name).sort()).toEqual(['Luiz Inácio Lula da Silva', 'Santiago Peña']);
  });

  it('"a summit between X and Y" is X and Y, not the signatories of the sentence', () => {
    const { x } = story('The pact was signed in February 2022 by Indian Commerce Minister Ravi Goyal and Emirati Economy Minister Omar Marri during a virtual summit between Indian Prime Minister Anil Modi and Emirati President Khalid Nahyan.', '2024-02-14');
    expect(x.meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([['Anil Modi', 'Khalid Nahyan']]);
  });

  it('a sentence that points back to "the talks" may tell another meeting after it', () => {
    const { x } = story('Serbian President Ivan Petrovic received Hungarian Foreign Minister Peter Nagy in Belgrade on Wednesday. The talks took place a day after Hungarian Prime Minister Laszlo Kovacs met Russian President Oleg Sokolov in Beijing.', '2023-10-19');
    expect(x.meetings.map((m) => m.participants.map((p) => p.name).sort())).toContainEqual(['Laszlo Kovacs', 'Oleg Sokolov']);
  });
});

describe('sources and asides around a meeting', () => {
  it('the source a sentence ends on is not a participant', () => {
    const { x } = story('Nigerian President Ade Bello accepted an invitation to visit Ghana later this year, spokesman Tunde Ola said.', '2025-03-26');
    expect(x.meetings.flatMap((m) => m.participants.map((p) => p.name))).not.toContain('Tunde Ola');
  });

  it('"told reporters in Bogota, adding that …" does not place the meeting', () => {
    const { x } = story('Venezuelan President Luis Mora is expected to travel to Colombia early next year to meet Colombian President Ana Ruiz, Colombian Foreign Minister Jorge Leal told reporters in Bogota, adding that talks would follow.', '2022-11-02');
    expect(x.meetings[0]).toMatchObject({ status: 'PLANNED', countryCode: 'CO' });
    expect(x.meetings[0]!.city).toBeUndefined();
  });

  it('"spoke separately by telephone with A and B" is one call with each', () => {
    const { x } = story('U.S. President John Hale spoke separately by telephone with Thai Prime Minister Somchai Wong and Cambodian Prime Minister Hun Sokha on Saturday.', '2025-07-28');
    expect(x.meetings.map((m) => [m.kind, m.participants.map((p) => p.name).sort()])).toEqual([
      ['PHONE_CALL', ['John Hale', 'Somchai Wong']],
      ['PHONE_CALL', ['Hun Sokha', 'John Hale']],
    ]);
  });

  it('a relative clause that describes the meeting itself dates it', () => {
    const { x } = story('The two presidents, Ali Demir of Turkey and Ilham Aliyev of Azerbaijan, are expected to hold talks at the climate summit, which Baku will host in November.', '2024-09-23');
    expect(x.meetings[0]!.date).toEqual(month(2024, 11));
  });
});

describe('a leader\'s day of meetings', () => {
  it('"the same evening" is the day the sentence before gave, and "there" the city he arrived in', () => {
    const { x } = story('Indian Prime Minister Ravi Kumar had arrived in Kazan on Tuesday. He held talks with Russian President Oleg Sokolov there the same evening.', '2024-10-24');
    expect(x.meetings[0]).toMatchObject({ city: 'Kazan', date: day(2024, 10, 22) });
  });

  it('"after his July visit to Moscow, where the two leaders held their summit" is another meeting of the pair', () => {
    const { x } = story(
      'Indian Prime Minister Ravi Kumar held talks with Russian President Oleg Sokolov in Kazan on Tuesday, their second meeting after the Prime Minister\'s July visit to Moscow, where the two leaders held their annual summit.',
      '2024-10-24',
    );
    expect(x.meetings.map((m) => [m.city, m.date])).toEqual([
      ['Kazan', day(2024, 10, 22)],
      ['Moscow', month(2024, 7)],
    ]);
  });

  it('"held separate meetings in Kazan with A and B before flying back to New Delhi"', () => {
    const { x } = story('On Wednesday, Indian Prime Minister Ravi Kumar also held separate meetings in Kazan with Iranian President Ali Rezaei and Uzbek President Timur Aliev before flying back to New Delhi.', '2024-10-24');
    expect(x.meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([
      ['Ali Rezaei', 'Ravi Kumar'],
      ['Ravi Kumar', 'Timur Aliev'],
    ]);
    expect(x.meetings.every((m) => m.city === 'Kazan')).toBe(true);
  });

  it('"on the sidelines of a summit in Addis Ababa to prepare Tuesday\'s visit" stays one meeting', () => {
    const { x } = story('On Feb. 14, Nigerian Foreign Minister Ade Bello met his Ghanaian counterpart, Foreign Minister Kofi Mensah, on the sidelines of the African Union summit in Addis Ababa to prepare Tuesday\'s visit.', '2025-03-26');
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]).toMatchObject({ city: 'Addis Ababa', date: day(2025, 2, 14) });
  });
});

describe('the Iberian summit and the days around it', () => {
  const text =
    'Faro (Portugal), Oct 23, 2024 (EFE).- The prime ministers of Spain and Portugal, Pablo Ruiz and Luís Montenegro, held their summit on Wednesday in this southern Portuguese city. ' +
    '"We are stronger when we speak with one voice," Ruiz said. The two prime ministers had met in Brussels last week. ' +
    'The day before the summit, President Mario Costa received him at the Belém Palace in Lisbon.';

  it('a bracketed region and ".-" still make a dateline, and "in this … city" is its place', () => {
    const { doc, x } = story(text);
    expect(doc.meta).toMatchObject({ publishedAt: '2024-10-23', agency: 'EFE' });
    expect(doc.sentences[0]!.text).toMatch(/^FARO, The prime ministers/);
    expect(x.meetings[0]).toMatchObject({ city: 'Faro', date: day(2024, 10, 23) });
  });

  it('a country\'s name after a first name is a surname, and a plural title "of Spain and Portugal" is the office alone', () => {
    const { x } = story(text);
    const montenegro = x.people.find((p) => p.name === 'Luís Montenegro');
    expect(montenegro?.roles.map((r) => r.title)).toEqual(['Prime Minister']);
  });

  it('"had met … last week" is an earlier meeting, not the summit; a quoted "speak with" is none', () => {
    const { x } = story(text);
    const pair = x.meetings.filter((m) => m.participants.map((p) => p.name).sort().join() === 'Luís Montenegro,Pablo Ruiz');
    expect(pair.map((m) => m.city)).toEqual(['Faro', 'Brussels']);
  });

  it('"received him" counts, and "the day before the summit" is the day before the lead\'s day', () => {
    const { x } = story(text);
    const lisbon = x.meetings.find((m) => m.city === 'Lisbon');
    expect(lisbon?.participants.map((p) => p.name).sort()).toEqual(['Mario Costa', 'Pablo Ruiz']);
    expect(lisbon?.date).toEqual(day(2024, 10, 22));
  });

  it('"the next day" counts from the day the sentence before gave', () => {
    const { x } = story('Spanish Prime Minister Pablo Ruiz arrived in Lisbon on Tuesday. The next day he met Portuguese President Mario Costa.', '2024-10-25');
    expect(x.meetings[0]!.date).toEqual(day(2024, 10, 23));
  });
});

describe('earlier occasions and their years', () => {
  it('"in October that year" takes the year the sentence before named', () => {
    const { x } = story('Relations soured in 2019 after riots in Johannesburg. Then-President Ade Bello travelled to Pretoria in October that year for talks with South African President Cyril Dlamini.', '2023-12-05');
    expect(x.meetings[0]!.date).toEqual(month(2019, 10));
  });

  it('a building in another language is no person ("Casa de Nariño")', () => {
    const { x } = story('Brazilian President Paulo Souza held talks with Colombian President Ana Ruiz at the Casa de Nariño on Wednesday during a visit to Bogotá.', '2024-04-17');
    expect(x.people.map((p) => p.name)).not.toContain('Casa de Nariño');
    expect(x.meetings[0]!.participants).toHaveLength(2);
  });

  it('a meeting dated long before publication is not the story\'s undated meeting', () => {
    const { x } = story(
      'The prime minister, Tom Baker, has hosted Papua New Guinea\'s prime minister, John Kapi, at Parliament House in Canberra. The pact builds on a security agreement that Baker and Kapi signed in Canberra in December 2023.',
      '2025-10-06',
    );
    expect(x.meetings[0]!.date?.year).not.toBe(2023);
  });

  it('"after the leaders held talks" is the pair of the story', () => {
    const { x } = story('Australian Prime Minister Tom Baker and PNG Prime Minister John Kapi signed a treaty in Canberra on Monday. It was signed after the leaders held talks over lunch.', '2025-10-06');
    expect(x.meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([['John Kapi', 'Tom Baker']]);
  });
});

describe('furniture and datelines of other papers', () => {
  it('a "Related topic:" tag line is no story', () => {
    const doc = normalize({ origin: 'made-up', text: 'Prime Minister Rana Begum held talks with Indian Prime Minister Arun Rao in New Delhi today.\n\nRelated topic: Bangladesh-India relations Rana Begum Arun Rao', meta: { publishedAt: '2024-06-22' } });
    expect(doc.body).not.toMatch(/Related topic/);
  });

  it('a dateline with a region after the place ("STEPHENVILLE, N.L., Aug. 23, 2022 (CP) —")', () => {
    const doc = normalize({ origin: 'made-up', text: 'STEPHENVILLE, N.L., Aug. 23, 2022 (CP) — Canada and Germany signed a deal on Tuesday.', meta: {} });
    expect(doc.meta).toMatchObject({ publishedAt: '2022-08-23', agency: 'CP' });
  });

  it('"hosted a dinner for him" is a meeting, and "that evening" is the day before', () => {
    const { x } = story('German Chancellor Karl Weber landed in Montreal on Sunday. Canadian Prime Minister Jean Roy hosted a dinner for him at a Montreal restaurant that evening.', '2022-08-23');
    expect(x.meetings[0]).toMatchObject({ city: 'Montreal', date: day(2022, 8, 21) });
    expect(x.meetings[0]!.participants.map((p) => p.name).sort()).toEqual(['Jean Roy', 'Karl Weber']);
  });

  it('"met A … and held separate talks with B and C" is three meetings', () => {
    const { x } = story('In Kuala Lumpur on Thursday, U.S. Secretary of State Mark Rubin met Russian Foreign Minister Igor Lavin and held separate talks with Japanese Foreign Minister Taro Iwata and Malaysian Foreign Minister Aziz Hasan.', '2025-07-11');
    expect(x.meetings.map((m) => m.participants.map((p) => p.name).sort())).toEqual([
      ['Igor Lavin', 'Mark Rubin'],
      ['Mark Rubin', 'Taro Iwata'],
      ['Aziz Hasan', 'Mark Rubin'],
    ]);
  });

  it('Malaysian forms of address are no names: "Tengku Datuk Seri Zafrul Aziz", "Tun Dr Mahathir Mohamad"', () => {
    const { x } = story('Investment Minister Tengku Datuk Seri Zafrul Aziz received Turkish President Ali Demir at the airport. Demir later met former prime minister Tun Dr Mahathir Mohamad.', '2025-02-11');
    const names = x.people.map((p) => p.name);
    expect(names).toContain('Zafrul Aziz');
    expect(names).toContain('Mahathir Mohamad');
    expect(names.some((n) => /^(?:Tengku|Tun)\b/.test(n))).toBe(false);
  });
});

describe('agreements: names, totals and dates that are not signing dates', () => {
  it('"the Shusha Declaration, a treaty on allied relations" is one document', () => {
    const { x } = story('Turkish President Ali Demir and Azerbaijani President Ilham Aliyev signed the Shusha Declaration, a treaty on allied relations, in the city of Shusha in June 2021.', '2024-09-23');
    expect(x.agreements).toHaveLength(1);
    expect(x.agreements[0]).toMatchObject({ date: month(2021, 6), parties: ['AZ', 'TR'] });
  });

  it('"signed 10 instruments" is a package of ten', () => {
    const { x } = story('Bangladesh and India today signed 10 instruments covering the blue economy and railways.', '2024-06-22');
    expect(x.agreements[0]).toMatchObject({ kind: 'PACKAGE', documentCount: 10, date: day(2024, 6, 22) });
  });

  it('a target year ("by 2030") or a later delivery ("to be delivered in 2028") does not date a signing', () => {
    const { x } = story('Malaysia and Turkey signed a contract worth $370 million for three ships, with the first vessel to be delivered in 2028. The two countries also signed a declaration to double trade by 2030.', '2025-02-12');
    for (const a of x.agreements) expect(a.date?.year ?? 0).toBeLessThan(2026);
  });

  it('a person named after a country ("Luís Montenegro") makes it no party', () => {
    const { x } = story('Spanish Prime Minister Pablo Ruiz and Portuguese Prime Minister Luís Montenegro signed a joint declaration on energy on Wednesday.', '2024-10-23');
    expect(x.agreements[0]!.parties).toEqual(['ES', 'PT']);
  });

  it('"bring to more than 30 the number of agreements … since 1999" is an approximate total over the span', () => {
    const { x } = story('The new accords bring to more than 30 the number of agreements Nigeria and South Africa have signed since 1999.', '2023-12-05');
    expect(x.agreements.find((a) => a.span)).toMatchObject({ documentCount: 30, documentCountApproximate: true, span: { fromYear: 1999, toYear: 2023 } });
  });
});

describe('agreements: who is a party', () => {
  it('each signatory signs for a country: three signers, three parties', () => {
    const { x } = story('The three countries signed a Declaration of Principles in Khartoum in March 2015. That document was signed by Egyptian President Omar Said, Sudan\'s then-President Ali Bashir and then-Ethiopian Prime Minister Haile Desta.', '2023-07-14');
    expect(x.agreements[0]!.parties).toEqual(['EG', 'ET', 'SD']);
  });

  it('"its only treaty ally" names no treaty: the agreement signed is the one with the United States', () => {
    const { x } = story('Japanese Foreign Minister Yoko Mori and Philippine Defence Secretary Jose Cruz signed a defence pact in Manila on Monday. The Philippines has a Visiting Forces Agreement with the United States, its only treaty ally, signed in 1998.', '2024-07-08');
    expect(x.agreements.find((a) => a.date?.year === 1998)?.parties).toEqual(['PH', 'US']);
  });
});

