/**
 * Topics stage: the fields of cooperation a passage names ("intelligence-gathering",
 * "the use of drones", "petroleum exploration technology"), normalised to short
 * lower-case nouns ("intelligence", "drones", "petroleum exploration").
 */

/** Canonical topic and the pattern that finds it. Longer phrases come first so "petroleum exploration" wins over "petroleum". */
const TOPICS: [string, RegExp][] = [
  ['petroleum exploration', /\bpetroleum exploration\b/i],
  ['oil exploration', /\boil exploration\b/i],
  ['nuclear energy', /\b(?:civil(?:ian)? )?nuclear (?:energy|power)\b/i],
  ['counter-espionage', /\bcounter-?espionage\b/i],
  ['counterterrorism', /\bcounter-?terror(?:ism)?\b/i],
  ['cybersecurity', /\bcyber-?security\b/i],
  ['intelligence', /\bintelligence(?:-gathering|-sharing| gathering| sharing)?\b/i],
  ['drones', /\b(?:drones?|unmanned aerial vehicles?|UAVs?)\b/i],
  ['military', /\bmilitary(?:-technical)?\b/i],
  ['defense', /\bdefen[cs]e\b/i],
  ['security', /\bsecurity\b/i],
  ['weapons', /\b(?:weapons|arms)\b/i],
  ['energy', /\benergy\b/i],
  ['oil', /\boil\b/i],
  ['gas', /\b(?:natural )?gas\b/i],
  ['petroleum', /\bpetroleum\b/i],
  ['electricity', /\belectricity\b/i],
  ['mining', /\bmining\b/i],
  ['trade', /\btrade\b/i],
  ['investment', /\binvestments?\b/i],
  ['finance', /\b(?:finance|financial)\b/i],
  ['banking', /\bbanking\b/i],
  ['economy', /\beconom(?:y|ic)\b/i],
  ['industry', /\bindustr(?:y|ial)\b/i],
  ['agriculture', /\bagricultur(?:e|al)\b/i],
  ['food', /\bfood\b/i],
  ['health', /\bhealth(?:care)?\b/i],
  ['medicine', /\bmedicines?\b/i],
  ['pharmaceuticals', /\bpharmaceuticals?\b/i],
  ['vaccines', /\bvaccines?\b/i],
  ['transport', /\btransport(?:ation)?\b/i],
  ['infrastructure', /\binfrastructure\b/i],
  ['education', /\beducation(?:al)?\b/i],
  ['culture', /\bcultur(?:e|al)\b/i],
  ['tourism', /\btourism\b/i],
  ['science', /\bscien(?:ce|tific)\b/i],
  ['technology', /\btechnolog(?:y|ies|ical)\b/i],
  ['space', /\b(?:outer )?space\b/i],
  ['telecommunications', /\btelecommunications?\b/i],
  ['fisheries', /\bfisher(?:y|ies)\b/i],
  ['customs', /\bcustoms\b/i],
  ['migration', /\bmigration\b/i],
  ['justice', /\bjustice\b/i],
  ['environment', /\benvironment(?:al)?\b/i],
  ['climate', /\bclimate\b/i],
  ['aviation', /\baviation\b/i],
  ['shipbuilding', /\bshipbuilding\b/i],
  ['railways', /\brail(?:ways?|roads?)\b/i],
];

/** Cues that a sentence lists fields of cooperation. */
export const TOPIC_CUE = /\b(?:cooperat\w*|collaborat\w*|areas?|fields?|sectors?|spheres?|initiatives?|projects? in|including|ties in|partnership in|on issues|in the area)\b/i;

/**
 * The topics named in a passage, in order of appearance. A phrase counted in a
 * longer topic ("petroleum" inside "petroleum exploration") is not counted again.
 */
export function findTopics(text: string): string[] {
  const found: { topic: string; index: number }[] = [];
  const taken: [number, number][] = [];
  for (const [topic, pattern] of TOPICS) {
    const re = new RegExp(pattern.source, 'gi');
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      if (!found.some((f) => f.topic === topic)) found.push({ topic, index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.topic);
}
