/**
 * Specs for the stage contract made executable (src/ingest/extract/contract.ts):
 * what the rule stages give always keeps it, and an output from elsewhere that
 * breaks it is refused with every fault named by its path.
 */
import { describe, expect, it } from 'vitest';
import { readGoldSet } from '../../src/eval/goldSet.ts';
import { checkAgreements, checkMeetings, checkPeople, StageContractError } from '../../src/ingest/extract/contract.ts';
import { extract } from '../../src/ingest/extract/index.ts';
import { normalize } from '../../src/ingest/normalize.ts';
import { prepareDocument } from '../../src/ingest/pipeline.ts';
import type { ExtractedAgreement, ExtractedMeeting } from '../../src/ingest/types.ts';

const doc = normalize({
  origin: 'made-up',
  text: 'Kenyan President Amina Odhiambo received Ghanaian President Kofi Mensah at State House in Nairobi on Tuesday. The two leaders signed five agreements on trade.',
  meta: { publishedAt: '2024-03-07' },
});
const x = extract(doc);
const [first, second] = doc.sentences;
const meeting = (over: Partial<ExtractedMeeting>): ExtractedMeeting => ({
  participants: [{ name: 'Amina Odhiambo' }, { name: 'Kofi Mensah' }],
  status: 'HELD',
  kind: 'IN_PERSON',
  sources: [{ quote: first!.text, position: first!.start }],
  ...over,
});
const agreement = (over: Partial<ExtractedAgreement>): ExtractedAgreement => ({
  title: 'five agreements',
  kind: 'PACKAGE',
  documentCount: 5,
  documentCountApproximate: false,
  parties: ['GH', 'KE'],
  signatories: [],
  topics: ['trade'],
  sources: [{ quote: second!.text, position: second!.start }],
  ...over,
});

/** The problems a check reports, or none. */
function problemsOf(check: () => unknown): string[] {
  try {
    check();
    return [];
  } catch (e) {
    if (e instanceof StageContractError) return e.problems;
    throw e;
  }
}

describe('the stage contract', () => {
  it('holds for what the rule stages extract from every gold article', async () => {
    const docs = await readGoldSet();
    const broken = docs.flatMap((d) => {
      const document = prepareDocument(d.raw);
      const e = extract(document);
      return [
        ...problemsOf(() => checkPeople(document, e.people)),
        ...problemsOf(() => checkMeetings(document, e.people, e.meetings)),
        ...problemsOf(() => checkAgreements(document, e, e.agreements)),
      ].map((p) => `${d.label}: ${p}`);
    });
    expect(docs.length).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  }, 120_000);

  it('a meeting must be between people of the article, told in one of its sentences', () => {
    expect(problemsOf(() => checkMeetings(doc, x.people, [meeting({ participants: [{ name: 'Amina Odhiambo' }, { name: 'Someone Else' }] })]))).toEqual([
      'meetings[0].participants[1].name: "Someone Else" is not the name of a person of the article',
    ]);
    expect(problemsOf(() => checkMeetings(doc, x.people, [meeting({ sources: [{ quote: 'Kenyan President Amina Odhiambo received', position: first!.start }] })]))).toEqual([
      'meetings[0].sources[0]: "Kenyan President Amina Odhiambo received" at 0 is not a sentence of the article',
    ]);
    expect(problemsOf(() => checkMeetings(doc, x.people, [meeting({ participants: [{ name: 'Amina Odhiambo' }] })]))[0]).toMatch(/^meetings\[0\]\.participants: /);
  });

  it('dates are real dates at their precision, and places are ISO country codes', () => {
    expect(problemsOf(() => checkMeetings(doc, x.people, [meeting({ date: { year: 2024, month: 2, day: 30, precision: 'DAY' } })]))).toEqual([
      'meetings[0].date: month and day must be set exactly as far as the precision goes, and form a real date',
    ]);
    expect(problemsOf(() => checkMeetings(doc, x.people, [meeting({ date: { year: 2024, month: 2, precision: 'YEAR' } })]))).toHaveLength(1);
    expect(problemsOf(() => checkMeetings(doc, x.people, [meeting({ countryCode: 'XK1' })]))).toEqual(['meetings[0].countryCode: is not an ISO 3166-1 alpha-2 country code']);
    expect(problemsOf(() => checkMeetings(doc, x.people, [meeting({ date: { year: 2024, month: 2, day: 29, precision: 'DAY' }, countryCode: 'KE', city: 'Nairobi' })]))).toEqual([]);
  });

  it('an agreement names its signatories among the people and its meeting among the meetings', () => {
    const found = { people: x.people, meetings: [meeting({})] };
    expect(problemsOf(() => checkAgreements(doc, found, [agreement({ signatories: ['Kofi Mensa'], meetingIndex: 1 })]))).toEqual([
      'agreements[0].signatories[0]: "Kofi Mensa" is not the name of a person of the article',
      'agreements[0].meetingIndex: 1 points past the 1 meeting(s) found',
    ]);
    expect(problemsOf(() => checkAgreements(doc, found, [agreement({ parties: ['GH', 'ke'], documentCount: 0 })]))).toEqual([
      'agreements[0].documentCount: Too small: expected number to be >=1',
      'agreements[0].parties[1]: is not an ISO 3166-1 alpha-2 country code',
    ]);
    expect(problemsOf(() => checkAgreements(doc, found, [agreement({ meetingIndex: 0, signatories: ['Kofi Mensah'] })]))).toEqual([]);
  });

  it('a person is given once, with a first mention and roles told in sentences of the article', () => {
    const [p] = x.people;
    expect(problemsOf(() => checkPeople(doc, [p, p]))).toEqual([`people[1].name: ${JSON.stringify(p!.name)} is given twice`]);
    expect(problemsOf(() => checkPeople(doc, [{ ...p!, firstMention: { quote: 'nothing of the sort', position: 3 } }]))).toEqual([
      'people[0].firstMention: "nothing of the sort" at 3 is not a sentence of the article',
    ]);
    expect(problemsOf(() => checkPeople(doc, 'not a list'))).toEqual(['people: Invalid input: expected array, received string']);
  });
});
