/**
 * The article that reports a story: title, publisher, URL and a body of news
 * sentences. Every fact of the plan is stated by one sentence, and the
 * sentence's exact text and offset are kept as its provenance.
 */
import { foldName } from '../people/names.ts';
import { isoDate, longDate, monthYear, partsOf } from './calendar.ts';
import { planStory, type AgreementPlan, type MeetingPlan, type Precision, type StoryPlan } from './plan.ts';
import { chance, intBetween, pick, rngFor, sample, Stream, type Rng } from './random.ts';
import { AGENCIES, ORDINALS, PUBLISHERS, TALK_ADJECTIVES, TOPICS, VISIT_GOALS } from './vocabulary.ts';
import { introduce, titleOn, type SyntheticCountry, type SyntheticPerson, type SyntheticRole, type World } from './world.ts';

/** Where a fact is stated: the sentence and its 0-based offset in the body. */
export interface Span {
  quote: string;
  position: number;
}

export interface WrittenArticle {
  id: number;
  title: string;
  publisher: string;
  agency: string | null;
  url: string;
  publishedDay: number;
  body: string;
  /** First sentence naming each person, in order of first mention. */
  people: Map<number, Span>;
  /** First sentence naming each country. */
  countries: Map<string, Span>;
  meetingSources: { meetingId: number; span: Span }[];
  agreementSources: { agreementId: number; span: Span }[];
  roles: { person: SyntheticPerson; role: SyntheticRole; span: Span }[];
}

/** A sentence and what it names or states. */
interface Sentence {
  text: string;
  people: SyntheticPerson[];
  countries: SyntheticCountry[];
  fact?: { meetingId: number } | { agreementId: number } | { person: SyntheticPerson; role: SyntheticRole };
}

/** The article of a planned story. Pure: the same plan and world give the same text. */
export function writeArticle(world: World, plan: StoryPlan): WrittenArticle {
  const rng = rngFor(world.seed, Stream.storyText, plan.index);
  const { meeting } = plan;
  const paragraphs: Sentence[][] = [[leadSentence(rng, meeting)]];
  const facts = plan.agreements.map(agreementSentence);
  const earlier = earlierMeetingSentence(rng, world, plan);
  paragraphs.push([...facts, ...(earlier ? [earlier] : [])]);
  paragraphs.push(colourSentences(rng, world, plan));
  const held = meeting.status === 'HELD';
  paragraphs.push((world.rolesByStory.get(plan.index) ?? []).map(({ person, role }) => roleSentence(rng, person, role, held)));
  return assemble(rng, plan, paragraphs.filter((p) => p.length > 0));
}

/** A story's facts with the article that reports them. */
export interface WrittenStory {
  plan: StoryPlan;
  article: WrittenArticle;
}

/** Every story's plan and article in order (see storyPlans for the numbering of agreements). */
export function* writtenStories(world: World): Generator<WrittenStory> {
  let nextAgreementId = 1;
  for (let index = 0; index < world.articleCount; index++) {
    const plan = planStory(world, index, nextAgreementId);
    nextAgreementId += plan.agreements.length;
    yield { plan, article: writeArticle(world, plan) };
  }
}

function sentence(text: string, people: SyntheticPerson[], countries: SyntheticCountry[], fact?: Sentence['fact']): Sentence {
  return { text, people, countries, fact };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "on 12 March 2015", "in March 2015", "in 2015". */
function when(day: number, precision: Precision | null): string {
  if (precision === 'MONTH') return `in ${monthYear(day)}`;
  if (precision === 'YEAR') return `in ${partsOf(day).year}`;
  return `on ${longDate(day)}`;
}

function countriesOf(people: readonly SyntheticPerson[]): SyntheticCountry[] {
  return [...new Map(people.map((p) => [p.country.code, p.country])).values()];
}

/** The sentence that states the meeting: who, where, when, and whether it happened. */
function leadSentence(rng: Rng, meeting: MeetingPlan): Sentence {
  const [host, ...guests] = meeting.participants as [SyntheticPerson, ...SyntheticPerson[]];
  const intro = (p: SyntheticPerson) => introduce(p, meeting.day);
  const guestList = listOf(guests.map(intro));
  const at = `${meeting.venue ? `at ${meeting.venue} ` : ''}in ${meeting.city}`;
  const date = when(meeting.day, meeting.precision);
  const fact = { meetingId: meeting.id };
  const people = [host, ...guests];
  const text = leadText(rng, meeting, intro(host), guestList, at, date);
  return sentence(text, people, countriesOf(people), fact);
}

function leadText(rng: Rng, meeting: MeetingPlan, host: string, guests: string, at: string, date: string): string {
  const call = meeting.kind === 'PHONE_CALL' ? 'telephone call' : 'video conference';
  switch (meeting.status) {
    case 'PLANNED':
      return meeting.kind === 'IN_PERSON'
        ? `${capitalize(guests)} will travel to ${meeting.city} for talks with ${host} ${date}, officials said.`
        : `${capitalize(host)} is expected to hold a ${call} with ${guests} ${date}, officials said.`;
    case 'CANCELLED':
      return meeting.kind === 'IN_PERSON'
        ? `A planned meeting between ${host} and ${guests} ${at} ${date} was cancelled, officials said.`
        : `A scheduled ${call} between ${host} and ${guests} ${date} was called off.`;
    case 'HELD':
      if (meeting.kind === 'PHONE_CALL') return `${capitalize(host)} spoke by telephone with ${guests} ${date}.`;
      if (meeting.kind === 'VIDEO_CALL') return `${capitalize(host)} held talks by video link with ${guests} ${date}.`;
      return pick(rng, [
        `${capitalize(guests)} met ${host} ${at} ${date}.`,
        `${capitalize(host)} hosted ${guests} for talks ${at} ${date}.`,
        `${capitalize(guests)} held talks with ${host} ${at} ${date}.`,
      ]);
  }
}

/** "$2.3 billion", "$450 million". */
function dollars(value: number): string {
  return value >= 1e9 ? `$${Number((value / 1e9).toFixed(1))} billion` : `$${Number((value / 1e6).toFixed(1))} million`;
}

/** The sentence that states an agreement, naming its signatories or parties. */
function agreementSentence(a: AgreementPlan): Sentence {
  const [first, second] = a.parties;
  const fact = { agreementId: a.id };
  const names = listOf(a.signatories.map((p) => p.name));
  const subject = names || `Officials from ${first.phrase} and ${second.phrase}`;
  const topics = listOf(a.topics);
  if (a.span) {
    const about = a.documentCountApproximate ? 'about ' : '';
    const text = `${capitalize(first.phrase)} and ${second.phrase} have signed ${about}${a.documentCount} agreements since ${a.span.fromYear}, according to official figures.`;
    return sentence(text, [], [first, second], fact);
  }
  const date = a.meetingId === null ? ` ${when(a.day ?? 0, a.precision)}` : '';
  let text: string;
  switch (a.kind) {
    case 'TREATY':
      text = `${subject} signed a treaty on ${topics} cooperation.`;
      break;
    case 'AGREEMENT':
      text = `${subject} signed an agreement on cooperation in ${topics}.`;
      break;
    case 'MEMORANDUM':
      text = `${subject} signed a memorandum of understanding on ${topics}.`;
      break;
    case 'CONTRACT': {
      const worth = a.valueUsd === null ? 'a contract' : `a ${dollars(a.valueUsd)} contract`;
      text = a.meetingId === null
        ? `Separately, companies from ${first.phrase} and ${second.phrase} signed ${worth} for ${a.contractFor}${date}.`
        : `${subject} witnessed the signing of ${worth} for ${a.contractFor}.`;
      break;
    }
    case 'PACKAGE': {
      const count = `${a.documentCountApproximate ? 'more than ' : ''}${a.documentCount}`;
      const worth = a.valueUsd === null ? '' : ` worth a combined ${dollars(a.valueUsd)}`;
      text = `${subject} signed a package of ${count} documents${worth} covering ${topics}.`;
      break;
    }
  }
  // The sentence names the countries only when it has no signatories to name.
  return sentence(text, a.signatories, names ? [] : [first, second], fact);
}

/** Sometimes a story recalls an earlier meeting, which makes this article a second source for it. */
function earlierMeetingSentence(rng: Rng, world: World, plan: StoryPlan): Sentence | undefined {
  if (plan.index === 0 || !chance(rng, 0.12)) return undefined;
  const earlierIndex = plan.index - 1 - Math.floor(rng.next() * Math.min(plan.index, 2000));
  const earlier = planStory(world, earlierIndex, 0).meeting;
  const isPast = earlier.day < plan.articleDay - 7;
  if (earlier.status !== 'HELD' || earlier.kind !== 'IN_PERSON' || !isPast) return undefined;
  const [host, guest] = earlier.participants as [SyntheticPerson, SyntheticPerson];
  const text = `The meeting follows talks between ${host.name} and ${guest.name} in ${earlier.city} ${when(earlier.day, earlier.precision)}.`;
  return sentence(text, [host, guest], [], { meetingId: earlier.id });
}

/** Topics whose stories talk about oil prices; elsewhere they come up only now and then. */
const OIL_TOPICS = new Set(['oil', 'gas', 'energy']);

/** Two to four sentences of context: topics, tone, trade, a third country, sometimes oil prices. */
function colourSentences(rng: Rng, world: World, plan: StoryPlan): Sentence[] {
  const { meeting } = plan;
  const [host, guest] = meeting.participants as [SyntheticPerson, SyntheticPerson];
  const topics = plan.agreements.flatMap((a) => a.topics);
  const [t1, t2] = topics.length >= 2 ? topics : sample(rng, TOPICS, 2).map((t) => t.topic);
  const third = pick(rng, world.countries);
  const what = meeting.kind === 'IN_PERSON' ? 'visit' : 'call';
  const held = meeting.status === 'HELD';
  const aboutOil = topics.some((t) => OIL_TOPICS.has(t)) || chance(rng, 0.04);
  const candidates: (() => Sentence)[] = [
    () => sentence(`Talks focused on ${t1} and ${t2}, according to a statement from the foreign ministry of ${host.country.phrase}.`, [], [host.country]),
    () => sentence(`Analysts said the ${what} was aimed at ${pick(rng, VISIT_GOALS)}.`, [], []),
    () => sentence(`Bilateral trade between the two countries reached ${dollars(intBetween(rng, 10, 99) * 10 ** intBetween(rng, 7, 9))} last year, official figures show.`, [], []),
    () => sentence(`The two sides also discussed the situation in ${third.phrase}.`, [], [third]),
    () => sentence(`Officials said a joint commission on ${t1} would meet before the end of the year.`, [], []),
    ...(aboutOil ? [() => sentence(`Rising oil prices have pushed energy security up the agenda in ${guest.country.phrase}.`, [], [guest.country])] : []),
    ...(held
      ? [
          () => sentence(`${capitalize(guest.country.demonym)} officials described the talks as ${pick(rng, TALK_ADJECTIVES)}.`, [], []),
          () => sentence(`Opposition politicians in ${host.country.phrase} criticised the ${what}, saying it offered few concrete results.`, [], [host.country]),
          () => sentence(`It was ${guest.surname}'s ${pick(rng, ORDINALS)} ${what} with ${host.surname} since taking office.`, [], []),
          () => sentence(`The leaders agreed to meet again next year.`, [], []),
        ]
      : [() => sentence(`No new date was given.`, [], [])]),
  ];
  return sample(rng, candidates, intBetween(rng, 2, 4)).map((make) => make());
}

/** The sentence that states one of a person's roles (see careerOf in world.ts). */
function roleSentence(rng: Rng, person: SyntheticPerson, role: SyntheticRole, held: boolean): Sentence {
  const text = pick(rng, [
    held
      ? `${person.name}, the ${role.title} of ${person.country.phrase}, welcomed the talks in a statement.`
      : `${person.name}, the ${role.title} of ${person.country.phrase}, said the talks would go ahead later.`,
    held ? `Also present was ${role.title} ${person.name} of ${person.country.phrase}.` : `${role.title} ${person.name} of ${person.country.phrase} declined to comment.`,
    `${role.title} ${person.name} of ${person.country.phrase} told reporters the relationship was ${pick(rng, TALK_ADJECTIVES)}.`,
  ]);
  return sentence(text, [person], [person.country], { person, role });
}

/** Joins the paragraphs, recording each sentence's offset, and adds the publication details. */
function assemble(rng: Rng, plan: StoryPlan, paragraphs: Sentence[][]): WrittenArticle {
  const publisher = pick(rng, PUBLISHERS);
  const title = headline(rng, plan);
  const article: WrittenArticle = {
    id: plan.index + 1,
    title,
    publisher: publisher.name,
    agency: publisher.isAgency ? publisher.name : chance(rng, 0.6) ? pick(rng, AGENCIES) : null,
    url: `https://www.${publisher.domain}/world/${isoDate(plan.articleDay).replace(/-/g, '/')}/${foldName(title).replace(/ /g, '-')}-${plan.index + 1}`,
    publishedDay: plan.articleDay,
    body: '',
    people: new Map(),
    countries: new Map(),
    meetingSources: [],
    agreementSources: [],
    roles: [],
  };
  let body = '';
  paragraphs.forEach((paragraph, p) => {
    paragraph.forEach((s, i) => {
      if (i > 0) body += ' ';
      else if (p > 0) body += '\n\n';
      record(article, s, { quote: s.text, position: body.length });
      body += s.text;
    });
  });
  article.body = body;
  return article;
}

function record(article: WrittenArticle, s: Sentence, span: Span): void {
  for (const p of s.people) if (!article.people.has(p.id)) article.people.set(p.id, span);
  for (const c of s.countries) if (!article.countries.has(c.code)) article.countries.set(c.code, span);
  const fact = s.fact;
  if (!fact) return;
  if ('meetingId' in fact) article.meetingSources.push({ meetingId: fact.meetingId, span });
  else if ('agreementId' in fact) article.agreementSources.push({ agreementId: fact.agreementId, span });
  else article.roles.push({ person: fact.person, role: fact.role, span });
}

function headline(rng: Rng, plan: StoryPlan): string {
  const { meeting } = plan;
  const [host, guest] = meeting.participants as [SyntheticPerson, SyntheticPerson];
  const signed = plan.agreements.filter((a) => a.meetingId !== null).length;
  switch (meeting.status) {
    case 'PLANNED':
      return meeting.kind === 'IN_PERSON' ? `${guest.surname} to visit ${host.country.name}` : `${host.surname} and ${guest.surname} to hold talks`;
    case 'CANCELLED':
      return `${guest.surname} and ${host.surname} call off talks`;
    case 'HELD':
      if (meeting.kind !== 'IN_PERSON') return `${host.surname} and ${guest.surname} hold ${meeting.kind === 'PHONE_CALL' ? 'phone' : 'video'} talks`;
      if (signed >= 2) return `${host.country.name} and ${guest.country.name} sign ${signed} agreements`;
      return pick(rng, [
        `${guest.surname} visits ${meeting.city} for talks with ${host.surname}`,
        `${titleOn(host, meeting.day)} ${host.surname} meets ${guest.surname} in ${meeting.city}`,
      ]);
  }
}
