import type { IngestReport } from '../ingest/pipeline.ts';
import type { IngestSummary } from '../ingest/seed.ts';

/** One line per document: what was found, or why it was refused. */
export function describeReport(report: IngestReport): string {
  if (!report.ok) return `✗ ${report.error.message}`;
  const e = report.extraction;
  const found = `${e.people.length} people, ${e.meetings.length} meetings, ${e.agreements.length} agreements`;
  const status = report.status === 'created' ? 'new' : report.status === 'enriched' ? 'known story, metadata added' : 'known story, unchanged';
  return `✓ ${report.origin}: ${status} (article ${report.articleId}; ${found})`;
}

/** The closing summary of a seed or ingest run. */
export function describeSummary(s: IngestSummary, ms: number): string {
  const lines = [
    `${s.files} files in ${ms} ms: ${s.created} new articles, ${s.enriched} enriched, ${s.unchanged} unchanged, ${s.failed} failed`,
    `extracted from new articles: ${s.people} people, ${s.meetings} meetings, ${s.agreements} agreements`,
  ];
  for (const w of s.warnings) lines.push(`warning: ${w}`);
  return lines.join('\n');
}
