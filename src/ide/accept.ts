/**
 * Content negotiation for the GraphQL endpoint: the same URL answers GraphQL
 * GETs with JSON and browsers with the IDE, so we must tell them apart the way
 * a browser's Accept header does (explicit `text/html`, ranked above JSON).
 */

interface MediaRange {
  readonly type: string;
  readonly q: number;
  readonly position: number;
}

/** Media types a GraphQL client asks for; any of them preferred means "not the IDE". */
const GRAPHQL_RESPONSE_TYPES = ['application/json', 'application/graphql-response+json'];

/** Parses `Accept` into media ranges with their quality values (default 1). */
function parseAccept(accept: string): MediaRange[] {
  return accept
    .split(',')
    .map((part, position) => {
      const [rawType = '', ...params] = part.split(';').map((piece) => piece.trim());
      const qParam = params.find((param) => /^q=/i.test(param));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { type: rawType.toLowerCase(), q: Number.isFinite(q) ? q : 0, position };
    })
    .filter((range) => range.type !== '');
}

/** The highest-ranked explicit entry for one of `types`, if any. */
function bestExplicit(ranges: readonly MediaRange[], types: readonly string[]): MediaRange | undefined {
  return ranges
    .filter((range) => types.includes(range.type) && range.q > 0)
    .sort((a, b) => b.q - a.q || a.position - b.position)[0];
}

/**
 * True when the client explicitly accepts `text/html` and ranks it above the
 * GraphQL JSON types (ties go to whichever is listed first). Wildcards such as
 * `*\/*` do not count: curl and fetch send them and expect JSON.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = parseAccept(accept);
  const html = bestExplicit(ranges, ['text/html']);
  if (!html) return false;
  const json = bestExplicit(ranges, GRAPHQL_RESPONSE_TYPES);
  if (!json) return true;
  return html.q > json.q || (html.q === json.q && html.position < json.position);
}
