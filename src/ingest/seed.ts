import type { PrismaClient } from '../generated/prisma/client.ts';
import { projectPath } from '../config/paths.ts';
import { ensureCountries } from '../countries/load.ts';
import { ingestDocument, type IngestOptions, type IngestReport } from './pipeline.ts';
import { listArticleFiles, readArticleFile } from './read.ts';

/** The seed corpus shipped with the project. */
export const SEED_DOCUMENTS_DIR = projectPath('seed', 'documents');

/** Totals printed after a seed or ingest run. */
export interface IngestSummary {
  files: number;
  created: number;
  unchanged: number;
  enriched: number;
  failed: number;
  people: number;
  meetings: number;
  agreements: number;
  warnings: string[];
  reports: IngestReport[];
}

/**
 * Loads countries, then every article file under `paths` through the ingestion
 * pipeline, one transaction per article. Idempotent: a second run changes nothing.
 */
export async function ingestPaths(
  prisma: PrismaClient,
  paths: string[],
  onReport: (report: IngestReport, index: number, total: number) => void = () => {},
  options: IngestOptions = {},
): Promise<IngestSummary> {
  await ensureCountries(prisma);
  const files = await listArticleFiles(paths);
  const summary: IngestSummary = { files: files.length, created: 0, unchanged: 0, enriched: 0, failed: 0, people: 0, meetings: 0, agreements: 0, warnings: [], reports: [] };
  for (const [i, file] of files.entries()) {
    const report = await readArticleFile(file).then(
      (raw) => ingestDocument(prisma, raw, options),
      (error: Error) => ({ ok: false as const, origin: file, error }),
    );
    tally(summary, report);
    onReport(report, i, files.length);
  }
  return summary;
}

function tally(summary: IngestSummary, report: IngestReport): void {
  summary.reports.push(report);
  if (!report.ok) {
    summary.failed++;
    return;
  }
  summary[report.status]++;
  summary.warnings.push(...report.extraction.warnings.map((w) => `${report.origin}: ${w}`));
  if (report.status === 'created') {
    summary.people += report.extraction.people.length;
    summary.meetings += report.extraction.meetings.length;
    summary.agreements += report.extraction.agreements.length;
  }
}

/** Seeds the database with the project's seed documents. */
export function seedDatabase(prisma: PrismaClient, onReport?: Parameters<typeof ingestPaths>[2]): Promise<IngestSummary> {
  return ingestPaths(prisma, [SEED_DOCUMENTS_DIR], onReport);
}
