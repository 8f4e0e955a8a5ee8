/**
 * Word lists the synthetic corpus is written from. Plain data, no logic: the
 * generators in this folder decide how to combine them.
 */

/** Naming traditions, chosen per country by its UN subregion. */
export type NameCulture = 'anglo' | 'romance' | 'germanic' | 'slavic' | 'arabic' | 'eastAsian' | 'southEastAsian' | 'southAsian' | 'african' | 'persianTurkic';

/** Given names and surname parts (stem + ending) of one tradition. */
export interface NameParts {
  given: readonly string[];
  stems: readonly string[];
  endings: readonly string[];
}

export const NAME_PARTS: Record<NameCulture, NameParts> = {
  anglo: {
    given: ['James', 'Sarah', 'Michael', 'Emily', 'David', 'Karen', 'Robert', 'Laura', 'John', 'Helen', 'Thomas', 'Rachel', 'Andrew', 'Susan', 'Peter', 'Claire', 'Mark', 'Anne', 'Richard', 'Fiona'],
    stems: ['Ash', 'Brad', 'Carl', 'Dun', 'Ell', 'Fair', 'Green', 'Hal', 'Kings', 'Lang', 'Mor', 'North', 'Pem', 'Red', 'Stan', 'Thorn', 'Whit', 'Wood', 'Black', 'Hart'],
    endings: ['ford', 'ley', 'ton', 'wood', 'field', 'ridge', 'well', 'worth', 'by', 'son', 'ham', 'more'],
  },
  romance: {
    given: ['José', 'María', 'Luis', 'Ana', 'Carlos', 'Lucía', 'Jorge', 'Isabel', 'Marco', 'Giulia', 'Pierre', 'Camille', 'João', 'Beatriz', 'Andrés', 'Elena', 'Rafael', 'Paula', 'Antoine', 'Sofía'],
    stems: ['Alv', 'Bel', 'Cast', 'Dom', 'Esp', 'Fern', 'Gal', 'Mor', 'Nav', 'Ort', 'Pal', 'Rom', 'Sal', 'Ter', 'Val', 'Mont', 'Ross', 'Lemar', 'Duv', 'Carv'],
    endings: ['ez', 'ero', 'ino', 'ales', 'ardo', 'illo', 'ier', 'elli', 'ani', 'oso', 'anto', 'eira'],
  },
  germanic: {
    given: ['Klaus', 'Anna', 'Stefan', 'Ingrid', 'Jan', 'Sabine', 'Lars', 'Birgit', 'Henrik', 'Ulrike', 'Pieter', 'Greta', 'Matthias', 'Annika', 'Erik', 'Katrin', 'Sven', 'Maren', 'Dirk', 'Liesbeth'],
    stems: ['Berg', 'Bran', 'Eck', 'Feld', 'Gross', 'Hof', 'Kamp', 'Lind', 'Mül', 'Nord', 'Richt', 'Schmal', 'Stein', 'Vogel', 'Wald', 'Holm', 'Dahl', 'Jans', 'Krü', 'Vos'],
    endings: ['mann', 'er', 'berg', 'feld', 'strom', 'sen', 'ke', 'hardt', 'dorf', 'lund', 'gaard', 'inga'],
  },
  slavic: {
    given: ['Sergey', 'Olga', 'Dmitry', 'Irina', 'Andrzej', 'Katarzyna', 'Milan', 'Jana', 'Viktor', 'Natalia', 'Pavel', 'Svetlana', 'Tomasz', 'Marta', 'Oleksandr', 'Yulia', 'Nikolai', 'Elena', 'Bogdan', 'Vesna'],
    stems: ['Bel', 'Dob', 'Grig', 'Ivan', 'Kov', 'Lav', 'Mak', 'Nov', 'Orl', 'Petr', 'Rad', 'Sok', 'Tkach', 'Vas', 'Zel', 'Kuz', 'Mor', 'Pol', 'Shev', 'Yar'],
    endings: ['ov', 'enko', 'ski', 'ovich', 'in', 'ak', 'chuk', 'ic', 'ev', 'owski', 'ko', 'yan'],
  },
  arabic: {
    given: ['Mohammed', 'Fatima', 'Ahmed', 'Layla', 'Omar', 'Amina', 'Khalid', 'Nour', 'Youssef', 'Rania', 'Hassan', 'Salma', 'Tariq', 'Huda', 'Samir', 'Mariam', 'Faisal', 'Yasmin', 'Walid', 'Dalia'],
    stems: ['Al-Ras', 'Al-Mans', 'Ben Ab', 'El-Sha', 'Haddad', 'Kha', 'Nas', 'Qas', 'Sal', 'Zay', 'Al-Far', 'Abd', 'Bar', 'Jab', 'Tah', 'Hal', 'Mah', 'Ham', 'Sad', 'Aw'],
    endings: ['hid', 'souri', 'dallah', 'rif', 'ami', 'ouri', 'im', 'sim', 'idi', 'eh', 'ani', 'oud'],
  },
  persianTurkic: {
    given: ['Ali', 'Zahra', 'Reza', 'Leyla', 'Mehmet', 'Ayşe', 'Kamal', 'Shirin', 'Emre', 'Elif', 'Nursultan', 'Dinara', 'Farhad', 'Gulnara', 'Murat', 'Zeynep', 'Rustam', 'Aigerim', 'Hamid', 'Selin'],
    stems: ['Ak', 'Bay', 'Dem', 'Er', 'Kara', 'Öz', 'Yıl', 'Tok', 'Naz', 'Raz', 'Sad', 'Taj', 'Nur', 'Kas', 'Abd', 'Jal', 'Ros', 'Mir', 'Far', 'Tash'],
    endings: ['oğlu', 'can', 'ayev', 'ov', 'ian', 'zadeh', 'dar', 'bek', 'kan', 'pour', 'ali', 'temir'],
  },
  eastAsian: {
    given: ['Wei', 'Li', 'Jian', 'Mei', 'Hiroshi', 'Yuki', 'Min-jun', 'Ji-woo', 'Takeshi', 'Akiko', 'Xiaoming', 'Hong', 'Seung', 'Eun-ji', 'Kenji', 'Naoko', 'Zhen', 'Lan', 'Dong-hyun', 'Haruka'],
    stems: ['Wa', 'Zha', 'Li', 'Che', 'Ya', 'Ta', 'Ka', 'Sa', 'Pa', 'Ki', 'Ho', 'Mo', 'Na', 'Yo', 'Shi', 'Cho', 'Ha', 'Fu', 'Ma', 'Su'],
    endings: ['ng', 'naka', 'mura', 'moto', 'n', 'o', 'kawa', 'da', 'ta', 'i', 'ng-ho', 'shima'],
  },
  southEastAsian: {
    given: ['Nguyen', 'Siti', 'Budi', 'Dewi', 'Somchai', 'Malee', 'Rizal', 'Nurul', 'Anh', 'Thi', 'Joko', 'Ratna', 'Arif', 'Lina', 'Khin', 'Sokha', 'Ramon', 'Maya', 'Aung', 'Chanthy'],
    stems: ['Sur', 'Wid', 'Har', 'Pra', 'Sant', 'Wong', 'Ch', 'Tran', 'Le', 'Pham', 'Hid', 'Pan', 'Kit', 'Ram', 'Sok', 'Tan', 'Lim', 'Sis', 'Bun', 'Mar'],
    endings: ['yanto', 'odo', 'ayut', 'sak', 'wat', 'anh', 'uong', 'ayat', 'iya', 'ong', 'avong', 'cos'],
  },
  southAsian: {
    given: ['Rajesh', 'Priya', 'Amit', 'Sunita', 'Imran', 'Ayesha', 'Vikram', 'Anjali', 'Sanjay', 'Kavita', 'Rahul', 'Nadia', 'Arjun', 'Meena', 'Faisal', 'Shreya', 'Nimal', 'Lakshmi', 'Kamal', 'Farah'],
    stems: ['Sha', 'Pat', 'Kum', 'Sin', 'Red', 'Cho', 'Ban', 'Mal', 'Nai', 'Rah', 'Qur', 'Jay', 'Gup', 'Desh', 'Iyen', 'Kap', 'Mis', 'Sidd', 'Perer', 'Ahm'],
    endings: ['rma', 'el', 'ar', 'gh', 'dy', 'pra', 'erjee', 'hotra', 'du', 'man', 'eshi', 'asuriya'],
  },
  african: {
    given: ['Kwame', 'Amara', 'Chinedu', 'Ngozi', 'Tendai', 'Fatou', 'Jomo', 'Wanjiru', 'Abdou', 'Aïcha', 'Thabo', 'Nomvula', 'Kofi', 'Ama', 'Yaw', 'Zainab', 'Sipho', 'Adaeze', 'Moussa', 'Mariama'],
    stems: ['Ade', 'Ban', 'Diallo', 'Eze', 'Kam', 'Keny', 'Mbe', 'Nko', 'Oba', 'Ouat', 'Ruto', 'Sow', 'Tsv', 'Wa', 'Zu', 'Man', 'Mw', 'Ndi', 'Tou', 'Ka'],
    endings: ['yemi', 'da', 'ke', 'mba', 'atta', 'si', 'nga', 'ra', 'wa', 'ré', 'angirai', 'go'],
  },
};

/** The naming tradition of each UN subregion (world-countries `subregion`). */
export const CULTURE_BY_SUBREGION: Record<string, NameCulture> = {
  'North America': 'anglo',
  'Central Europe': 'slavic',
  'Southeast Europe': 'slavic',
  'Australia and New Zealand': 'anglo',
  'Northern Europe': 'germanic',
  'Western Europe': 'germanic',
  'Southern Europe': 'romance',
  'South America': 'romance',
  'Central America': 'romance',
  Caribbean: 'romance',
  'Eastern Europe': 'slavic',
  'Central Asia': 'persianTurkic',
  'Western Asia': 'arabic',
  'Northern Africa': 'arabic',
  'Eastern Asia': 'eastAsian',
  'South-Eastern Asia': 'southEastAsian',
  'Southern Asia': 'southAsian',
  'Western Africa': 'african',
  'Eastern Africa': 'african',
  'Middle Africa': 'african',
  'Southern Africa': 'african',
  Melanesia: 'anglo',
  Micronesia: 'anglo',
  Polynesia: 'anglo',
};

/** Countries whose subregion's tradition does not fit them. */
export const CULTURE_BY_COUNTRY: Record<string, NameCulture> = {
  MX: 'romance', DE: 'germanic', AT: 'germanic', CH: 'germanic', LI: 'germanic',
  FR: 'romance', BE: 'romance', LU: 'romance', MC: 'romance', GE: 'slavic', AM: 'slavic', CY: 'romance',
  TR: 'persianTurkic', IR: 'persianTurkic', AZ: 'persianTurkic', AF: 'persianTurkic', IL: 'anglo', PH: 'romance',
};

/** Countries in the news far more than others, most prominent first (ISO alpha-2). */
export const PROMINENT_COUNTRIES = [
  'US', 'CN', 'RU', 'GB', 'FR', 'DE', 'IN', 'JP', 'TR', 'IR', 'SA', 'UA', 'BR', 'IT', 'IL', 'KR', 'EG', 'PK', 'CA', 'AU',
  'ES', 'MX', 'ID', 'AE', 'QA', 'KP', 'ZA', 'NG', 'PL', 'SY', 'IQ', 'AF', 'VE', 'BY', 'KZ', 'AZ', 'AM', 'GE', 'SE', 'NL',
] as const;

/** Titles of heads of state or government, for the most prominent people. */
export const LEADER_TITLES = ['President', 'Prime Minister', 'Chancellor', 'Vice President'] as const;
/** Cabinet titles, for the middle of the popularity curve. */
export const MINISTER_TITLES = [
  'Foreign Minister', 'Deputy Prime Minister', 'Defence Minister', 'Trade Minister', 'Finance Minister',
  'Energy Minister', 'Economy Minister', 'Interior Minister', 'Agriculture Minister', 'Health Minister',
] as const;
/** Titles of the long tail: diplomats and junior officials. */
export const ENVOY_TITLES = ['Ambassador', 'Deputy Foreign Minister', 'Special Envoy', 'National Security Adviser', 'Trade Representative'] as const;

/** A news outlet: its name, its web domain and whether it is itself a wire agency. */
export interface Publisher {
  name: string;
  domain: string;
  isAgency: boolean;
}

export const PUBLISHERS: readonly Publisher[] = [
  { name: 'Reuters', domain: 'reuters.com', isAgency: true },
  { name: 'Associated Press', domain: 'apnews.com', isAgency: true },
  { name: 'Agence France-Presse', domain: 'afp.com', isAgency: true },
  { name: 'Xinhua', domain: 'xinhuanet.com', isAgency: true },
  { name: 'TASS', domain: 'tass.com', isAgency: true },
  { name: 'Anadolu Agency', domain: 'aa.com.tr', isAgency: true },
  { name: 'BBC News', domain: 'bbc.co.uk', isAgency: false },
  { name: 'Al Jazeera', domain: 'aljazeera.com', isAgency: false },
  { name: 'The Guardian', domain: 'theguardian.com', isAgency: false },
  { name: 'Deutsche Welle', domain: 'dw.com', isAgency: false },
  { name: 'France 24', domain: 'france24.com', isAgency: false },
  { name: 'The Hindu', domain: 'thehindu.com', isAgency: false },
  { name: 'South China Morning Post', domain: 'scmp.com', isAgency: false },
  { name: 'Kyodo News', domain: 'english.kyodonews.net', isAgency: true },
];

/** Wire agencies a non-agency publisher credits. */
export const AGENCIES = ['Reuters', 'Associated Press', 'Agence France-Presse'] as const;

/** Agreement topics, with what a contract on that topic is typically for. */
export const TOPICS: readonly { topic: string; contractFor: string }[] = [
  { topic: 'energy', contractFor: 'the construction of a power plant' },
  { topic: 'oil', contractFor: 'oil exploration and production' },
  { topic: 'gas', contractFor: 'the supply of liquefied natural gas' },
  { topic: 'nuclear energy', contractFor: 'the construction of a nuclear reactor' },
  { topic: 'trade', contractFor: 'the supply of grain' },
  { topic: 'investment', contractFor: 'a joint investment fund' },
  { topic: 'defence', contractFor: 'the supply of military helicopters' },
  { topic: 'security', contractFor: 'border surveillance equipment' },
  { topic: 'education', contractFor: 'a university exchange programme' },
  { topic: 'health', contractFor: 'the supply of vaccines' },
  { topic: 'agriculture', contractFor: 'the supply of fertiliser' },
  { topic: 'infrastructure', contractFor: 'the construction of a motorway' },
  { topic: 'transport', contractFor: 'the purchase of passenger aircraft' },
  { topic: 'railways', contractFor: 'the construction of a high-speed railway' },
  { topic: 'technology', contractFor: 'a telecommunications network' },
  { topic: 'space', contractFor: 'the launch of a communications satellite' },
  { topic: 'climate', contractFor: 'a solar power park' },
  { topic: 'tourism', contractFor: 'the development of a resort' },
  { topic: 'culture', contractFor: 'the restoration of historic monuments' },
  { topic: 'finance', contractFor: 'a currency swap line' },
  { topic: 'fisheries', contractFor: 'the modernisation of a fishing port' },
  { topic: 'mining', contractFor: 'the development of a copper mine' },
  { topic: 'water', contractFor: 'a desalination plant' },
  { topic: 'digital economy', contractFor: 'a national data centre' },
];

/** Places within a capital where talks are held, when the story names one. */
export const VENUES = ['the Presidential Palace', 'the Foreign Ministry', 'the State Guest House', 'the Government House', 'a summit venue'] as const;

/** How officials describe talks. */
export const TALK_ADJECTIVES = ['constructive', 'productive', 'frank', 'friendly', 'substantive', 'difficult', 'open', 'fruitful'] as const;

/** What a visit is said to aim at. */
export const VISIT_GOALS = [
  'deepening economic ties', 'easing regional tensions', 'attracting foreign investment', 'securing energy supplies',
  'reviving stalled negotiations', 'expanding military cooperation', 'boosting bilateral trade', 'coordinating positions before the summit',
] as const;

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
export const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'] as const;
