/**
 * Aggregates a V8 `.cpuprofile` (node --cpu-prof) by self time: per function
 * (name + file:line) and per package / area, so the hot spots of a run can be
 * read without a GUI. Usage: `tsx bench/cpuprofile-summary.ts <file.cpuprofile> [top]`.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** One row of the summary. */
export interface SelfTimeRow {
  name: string;
  selfMs: number;
  share: number;
}

/** Per-function and per-area self time of a profile. */
export interface ProfileSummary {
  totalMs: number;
  functions: SelfTimeRow[];
  areas: SelfTimeRow[];
}

/** Where a frame's code lives: a package, our source tree, node internals or the VM itself. */
export function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:')) return 'node internals';
  const src = /\/(src\/[^/]+|bench)\//.exec(url)?.[1];
  return src ?? url;
}

/** Self time per node id: each sample's time delta goes to the node sampled. */
function selfTimes(profile: CpuProfile): Map<number, number> {
  const self = new Map<number, number>();
  profile.samples.forEach((nodeId, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    self.set(nodeId, (self.get(nodeId) ?? 0) + delta);
  });
  return self;
}

/** Sums `self` into rows keyed by `keyOf`, largest first. */
function rank(profile: CpuProfile, self: Map<number, number>, keyOf: (n: ProfileNode) => string, totalUs: number): SelfTimeRow[] {
  const sums = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (us) sums.set(keyOf(node), (sums.get(keyOf(node)) ?? 0) + us);
  }
  return [...sums.entries()]
    .map(([name, us]) => ({ name, selfMs: us / 1000, share: us / totalUs }))
    .sort((a, b) => b.selfMs - a.selfMs);
}

/** Summarizes the profile in `file`. */
export async function summarizeProfile(file: string): Promise<ProfileSummary> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as CpuProfile;
  const self = selfTimes(profile);
  const totalUs = [...self.values()].reduce((a, b) => a + b, 0) || 1;
  const functionKey = (n: ProfileNode) => {
    const { functionName, url, lineNumber } = n.callFrame;
    const where = url ? `${url.replace(/^.*\/(node_modules|src|bench)\//, '$1/')}:${lineNumber + 1}` : '';
    return `${functionName || '(anonymous)'} ${where}`.trim();
  };
  return {
    totalMs: totalUs / 1000,
    functions: rank(profile, self, functionKey, totalUs),
    areas: rank(profile, self, (n) => areaOf(n.callFrame.url, n.callFrame.functionName), totalUs),
  };
}

/** Formats the top rows of a summary as Markdown tables. */
export function formatSummary(summary: ProfileSummary, top = 25): string {
  const row = (r: SelfTimeRow) => `| ${r.name.replace(/\|/g, '\\|')} | ${r.selfMs.toFixed(0)} | ${(r.share * 100).toFixed(1)}% |`;
  return [
    `Sampled ${summary.totalMs.toFixed(0)} ms.`,
    '',
    '| area (package / source dir) | self ms | share |',
    '| --- | ---: | ---: |',
    ...summary.areas.slice(0, 15).map(row),
    '',
    '| function | self ms | share |',
    '| --- | ---: | ---: |',
    ...summary.functions.slice(0, top).map(row),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx bench/cpuprofile-summary.ts <file.cpuprofile> [top]');
  console.log(formatSummary(await summarizeProfile(file), Number(process.argv[3] ?? 25)));
}
