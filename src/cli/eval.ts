/**
 * `npm run eval`: runs the extraction pipeline over the gold set (no database)
 * and prints precision, recall and F1 per kind of fact, then every miss.
 * `--markdown` prints the table as Markdown (for the README); `--summary`
 * leaves the misses out, so a held-out set can be scored without being read;
 * `--articles 165-172` scores only the articles numbered in that range.
 * A document the pipeline refuses counts as one from which nothing was
 * extracted (and the exit status is 1). With EXTRACTOR_URL set, the stages
 * it names come from that extractor, as `npm run ingest` would use them, so a
 * stronger extractor is scored on the same sets (src/ingest/extract/remote.ts).
 */
import { parseArgs } from 'node:util';
import { loadConfig, remoteExtractorOf } from '../config/config.ts';
import { analyzeDocument, extractDocument, prepareDocument } from '../ingest/pipeline.ts';
import type { Extraction } from '../ingest/types.ts';
import { parseArticleRange, readGoldSet, selectArticles, type ArticleRange } from '../eval/goldSet.ts';
import { emptyPartialScores, emptyScores, f1, PARTIAL_KINDS, scoreDocument, scorePartial, type FactKind } from '../eval/score.ts';

const { values } = parseArgs({ options: { markdown: { type: 'boolean', default: false }, summary: { type: 'boolean', default: false }, dir: { type: 'string', default: 'test/gold' }, articles: { type: 'string' } } });

/** The `--articles` range, or exit 2 with the reason when it is written wrong. */
function articleRangeOrExit(text: string | undefined): ArticleRange | undefined {
  if (text === undefined) return undefined;
  try {
    return parseArticleRange(text);
  } catch (e) {
    console.error(`eval: ${(e as Error).message}`);
    process.exit(2);
  }
}

const extractor = remoteExtractorOf(loadConfig());
const range = articleRangeOrExit(values.articles);
const wholeSet = await readGoldSet(values.dir);
const docs = range ? selectArticles(wholeSet, range) : wholeSet;
const scores = emptyScores();
const partial = emptyPartialScores();
const failures: string[] = [];
for (const doc of docs) {
  // Scored as `npm run ingest` would store it: a document the pipeline refuses (no date found, say) adds nothing.
  let extraction: Extraction = { people: [], countries: [], meetings: [], agreements: [], warnings: [] };
  try {
    extraction = extractor ? await extractDocument(prepareDocument(doc.raw), [], extractor) : analyzeDocument(doc.raw).extraction;
  } catch (e) {
    failures.push(`${doc.label}: ${(e as Error).message}`);
  }
  scoreDocument(scores, doc.label, doc.gold, extraction);
  scorePartial(partial, doc.label, doc.gold, extraction);
}

const kinds: FactKind[] = ['people', 'roles', 'meetings', 'agreements'];
const pct = (x: number) => x.toFixed(2);
if (values.markdown) {
  console.log(`| facts | expected | found | correct | precision | recall | F1 |\n|---|---:|---:|---:|---:|---:|---:|`);
  for (const k of kinds) {
    const t = scores[k];
    const s = f1(t);
    console.log(`| ${k} | ${t.expected} | ${t.predicted} | ${t.truePositives} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`);
  }
} else {
  console.log(`${values.dir}${values.articles === undefined ? '' : ` (articles ${values.articles})`}: ${docs.length} documents${extractor ? `; stages ${extractor.stages.join(', ')} from ${extractor.url}` : ''}\n`);
  console.log('facts       expected  found  correct  precision  recall  F1');
  for (const k of kinds) {
    const t = scores[k];
    const s = f1(t);
    console.log(`${k.padEnd(11)} ${String(t.expected).padStart(8)} ${String(t.predicted).padStart(6)} ${String(t.truePositives).padStart(8)} ${pct(s.precision).padStart(10)} ${pct(s.recall).padStart(7)} ${pct(s.f1).padStart(5)}`);
  }
  // Which part of a meeting or agreement goes wrong, in aggregate only (safe to print for a held-out set).
  console.log('\nlooser matches (F1)');
  for (const k of PARTIAL_KINDS) console.log(`${k.padEnd(27)} ${pct(f1(partial[k]).f1).padStart(5)}`);
  for (const k of values.summary ? [] : kinds) {
    const t = scores[k];
    if (t.missed.length) console.log(`\nmissed ${k}:\n  ${t.missed.join('\n  ')}`);
    if (t.invented.length) console.log(`\nnot in the annotation (${k}):\n  ${t.invented.join('\n  ')}`);
  }
}
if (failures.length) console.log(`\nrefused documents:\n  ${failures.join('\n  ')}`);
process.exit(failures.length ? 1 : 0);
