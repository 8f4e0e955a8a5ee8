/**
 * `npm run ingest -- <file or folder>...`: reads .txt/.md articles (with
 * optional NAME.meta.json sidecars) into the graph, one transaction each.
 * Prints what each file gave or why it was refused; exits 1 if any failed.
 */
import { parseArgs } from 'node:util';
import { loadConfig, remoteExtractorOf } from '../config/config.ts';
import { createPrisma } from '../db/prisma.ts';
import { applyMigrations } from '../db/schemaEngine.ts';
import { withDatabaseServer } from '../db/server.ts';
import { ingestPaths } from '../ingest/seed.ts';
import { createProgress } from './progress.ts';
import { describeReport, describeSummary } from './report.ts';
import { runCli } from './run.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'allow-undated': { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } },
});
if (positionals.length === 0) {
  console.error('usage: npm run ingest -- [--allow-undated] [--quiet] <file or folder>...');
  process.exit(2);
}

const config = loadConfig();
const extractor = remoteExtractorOf(config);

runCli(() => withDatabaseServer(async (url) => {
  await applyMigrations(url);
  const prisma = createPrisma(url, { poolSize: 2 });
  try {
    if (extractor) console.log(`stages ${extractor.stages.join(', ')} from ${extractor.url} (on error: ${extractor.onError === 'rules' ? 'the rule stage, with a warning' : 'the article is refused'})`);
    const started = Date.now();
    let progress: ReturnType<typeof createProgress> | undefined;
    const summary = await ingestPaths(
      prisma,
      positionals,
      (report, i, total) => {
        progress ??= total > 20 ? createProgress('ingest', total) : undefined;
        if (!values.quiet || !report.ok) console.log(describeReport(report));
        progress?.tick(report.origin);
      },
      { allowUndated: values['allow-undated'], ...(extractor ? { extractor } : {}) },
    );
    progress?.done();
    console.log(describeSummary(summary, Date.now() - started));
    return summary.failed ? 1 : 0;
  } finally {
    await prisma.$disconnect();
  }
}, config));
