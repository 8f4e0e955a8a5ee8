/**
 * The floor: one hand-written SQL statement per benchmark query, building the
 * whole GraphQL-shaped response (`{"data": …}`) in PostgreSQL with
 * json_build_object / json_agg, so the server only forwards text. Orders
 * match our API's (newest first, then id; participants by name; parties by code).
 */

/** SQL of the meetings a person (by folded name key $1) took part in. */
const MEETINGS_OF_KEY = `SELECT mp."meetingId" FROM "MeetingParticipant" mp JOIN "Person" p ON p.id = mp."personId" WHERE p."nameKeys" @> ARRAY[$1::text]`;

const MEETING_ORDER = `m.date DESC NULLS LAST, m.id DESC`;

const BY_YEAR = `
SELECT json_build_object('data', json_build_object('agreementsByYear', coalesce(json_agg(y ORDER BY y.year), '[]')))::text AS body
FROM (SELECT t.year, t.agreements, t.documents FROM "AgreementYearTotal" t) y`;

const PARTICIPANT = `
WITH m AS (
  SELECT m.* FROM "Meeting" m WHERE m.id IN (${MEETINGS_OF_KEY})
  ORDER BY ${MEETING_ORDER} LIMIT $2::int
)
SELECT json_build_object('data', json_build_object('meetings', json_build_object(
  'totalCount', (SELECT count(*) FROM "Meeting" m WHERE m.id IN (${MEETINGS_OF_KEY})),
  'nodes', coalesce((SELECT json_agg(json_build_object(
    'id', m.id, 'date', m.date, 'status', m.status, 'kind', m.kind, 'city', m.city,
    'participantRoles', (SELECT coalesce(json_agg(json_build_object('role', mp.role, 'person', json_build_object(
        'id', p.id, 'name', p.name,
        'country', (SELECT json_build_object('code', c.code, 'name', c.name) FROM "Country" c WHERE c.code = p."countryCode"),
        'roles', (SELECT coalesce(json_agg(json_build_object('title', r.title) ORDER BY r."asOf" DESC NULLS LAST, r.id), '[]')
                  FROM "PersonRole" r WHERE r."personId" = p.id))) ORDER BY p.name, p.id), '[]')
      FROM "MeetingParticipant" mp JOIN "Person" p ON p.id = mp."personId" WHERE mp."meetingId" = m.id),
    'agreements', (SELECT coalesce(json_agg(json_build_object('id', a.id, 'title', a.title, 'kind', a.kind)
        ORDER BY a.date DESC NULLS LAST, a.id DESC), '[]') FROM "Agreement" a WHERE a."meetingId" = m.id),
    'sources', (SELECT coalesce(json_agg(json_build_object('quote', s.quote, 'position', s.position,
        'article', json_build_object('id', ar.id, 'title', ar.title)) ORDER BY s."articleId", s.position), '[]')
      FROM "MeetingSource" s JOIN "Article" ar ON ar.id = s."articleId" WHERE s."meetingId" = m.id)
  ) ORDER BY ${MEETING_ORDER}) FROM m), '[]'))))::text AS body`;

const COUNTRY = `
WITH m AS (
  SELECT m.* FROM "Meeting" m
  WHERE m."countryCode" = $1::text OR m.id IN (SELECT mp."meetingId" FROM "MeetingParticipant" mp
    JOIN "Person" p ON p.id = mp."personId" WHERE p."countryCode" = $1::text)
  ORDER BY ${MEETING_ORDER} LIMIT $2::int
)
SELECT json_build_object('data', json_build_object('country', (
  SELECT json_build_object('code', c.code, 'name', c.name, 'meetings', json_build_object('nodes', coalesce((
    SELECT json_agg(json_build_object('id', m.id, 'date', m.date,
      'participants', (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name,
        'agreements', json_build_object('nodes', (SELECT coalesce(json_agg(json_build_object('id', a.id, 'title', a.title,
          'parties', (SELECT coalesce(json_agg(json_build_object('code', pc.code, 'name', pc.name) ORDER BY pc.code), '[]')
                      FROM "AgreementParty" ap JOIN "Country" pc ON pc.code = ap."countryCode" WHERE ap."agreementId" = a.id))
          ORDER BY a.date DESC NULLS LAST, a.id DESC), '[]')
          FROM (SELECT a.* FROM "AgreementSignatory" s JOIN "Agreement" a ON a.id = s."agreementId"
                WHERE s."personId" = p.id ORDER BY a.date DESC NULLS LAST, a.id DESC LIMIT 5) a)))
        ORDER BY p.name, p.id), '[]')
        FROM (SELECT p.* FROM "MeetingParticipant" mp JOIN "Person" p ON p.id = mp."personId"
              WHERE mp."meetingId" = m.id ORDER BY p.name, p.id LIMIT 10) p))
    ORDER BY ${MEETING_ORDER}) FROM m), '[]')))
  FROM "Country" c WHERE c.code = $1::text)))::text AS body`;

const SEARCH = `
SELECT json_build_object('data', json_build_object('articles', json_build_object('nodes', coalesce(json_agg(json_build_object(
  'id', ar.id, 'title', ar.title, 'publisher', ar.publisher, 'publishedAt', ar."publishedAt") ORDER BY ar."publishedAt" DESC NULLS LAST, ar.id DESC), '[]'))))::text AS body
FROM (SELECT ar.* FROM "Article" ar
      WHERE ar."searchVector" @@ websearch_to_tsquery('english', $1::text)
      ORDER BY ar."publishedAt" DESC NULLS LAST, ar.id DESC LIMIT 20) ar`;

/** A meetings page: $limit rows after the keyset condition `seek` (rows read: limit + 1, to tell hasNextPage). */
function meetingPage(seek: string, limit: string): string {
  return `
WITH m AS (SELECT m.* FROM "Meeting" m WHERE ${seek} ORDER BY ${MEETING_ORDER} LIMIT ${limit} + 1),
     page AS (SELECT * FROM m ORDER BY ${MEETING_ORDER} LIMIT ${limit})
SELECT json_build_object('data', json_build_object('meetings', json_build_object(
  'pageInfo', json_build_object('hasNextPage', (SELECT count(*) FROM m) > ${limit},
    'endCursor', (SELECT m.date || '|' || m.id FROM page m ORDER BY m.date ASC NULLS FIRST, m.id ASC LIMIT 1)),
  'nodes', coalesce((SELECT json_agg(json_build_object('id', m.id, 'date', m.date, 'status', m.status, 'kind', m.kind, 'city', m.city,
    'country', (SELECT json_build_object('code', c.code, 'name', c.name) FROM "Country" c WHERE c.code = m."countryCode"))
    ORDER BY ${MEETING_ORDER}) FROM page m), '[]'))))::text AS body`;
}

/** Every floor statement by name. */
export const FLOOR_SQL = {
  byYear: BY_YEAR,
  participant: PARTICIPANT,
  country: COUNTRY,
  search: SEARCH,
  page1: meetingPage('TRUE', '$1::int'),
  // The corpus has no undated meeting, so the (date, id) row comparison is the whole keyset test.
  pageAfter: meetingPage('(m.date, m.id) < ($1::date, $2::int)', '$3::int'),
} as const;

/** Name of a floor statement. */
export type FloorQueryName = keyof typeof FLOOR_SQL;

/** True when `name` names a floor statement. */
export function isFloorQueryName(name: string): name is FloorQueryName {
  return Object.hasOwn(FLOOR_SQL, name);
}
