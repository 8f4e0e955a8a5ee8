import type { IngestReport } from '../ingest/pipeline.ts';
import type { IngestSummary } from '../ingest/seed.ts';

/** "1 meeting", "3 meetings", "1 person", "2 people". */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What an extraction found, counted. */
function counts(people: number, meetings: number, agreements: number): string {
  return `${count(people, 'person', 'people')}, ${count(meetings, 'meeting', 'meetings')}, ${count(agreements, 'agreement', 'agreements')}`;
}

/** One line per document: what was found, or why it was refused. */
export function describeReport(report: IngestReport): string {
  if (!report.ok) return `✗ ${report.error.message}`;
  const e = report.extraction;
  const found = counts(e.people.length, e.meetings.length, e.agreements.length);
  const status = report.status === 'created' ? 'new' : report.status === 'enriched' ? 'known story, metadata added' : 'known story, unchanged';
  return `✓ ${report.origin}: ${status} (article ${report.articleId}; ${found})`;
}

/** The closing summary of a seed or ingest run. */
export function describeSummary(s: IngestSummary, ms: number): string {
  const lines = [
    `${count(s.files, 'file', 'files')} in ${ms} ms: ${count(s.created, 'new article', 'new articles')}, ${s.enriched} enriched, ${s.unchanged} unchanged, ${s.failed} failed`,
    `extracted from new articles: ${counts(s.people, s.meetings, s.agreements)}`,
  ];
  for (const w of s.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n');
}
