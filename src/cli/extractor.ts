/**
 * `npm run extractor -- [--port 4100] [--host 127.0.0.1]`: the rule stages
 * served over HTTP (src/ingest/extract/ruleServer.ts), the reference end of
 * EXTRACTOR_URL. Start here when writing a model-backed extractor: it answers
 * the same requests, and `EXTRACTOR_URL=… npm run eval` scores whatever
 * answers them. EXTRACTOR_TOKEN, when set, is required as a bearer token.
 */
import { parseArgs } from 'node:util';
import { createRuleExtractorServer } from '../ingest/extract/ruleServer.ts';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4100' }, host: { type: 'string', default: '127.0.0.1' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port ${values.port}: not a port number`);
  process.exit(2);
}
const token = process.env.EXTRACTOR_TOKEN || undefined;
const server = createRuleExtractorServer(token ? { token } : {});
server.on('error', (error) => {
  console.error(`rule extractor: ${error.message}`);
  process.exit(1);
});
server.listen(port, values.host, () => {
  const address = server.address();
  const url = `http://${values.host}:${typeof address === 'object' && address ? address.port : port}/`;
  console.log(`rule extractor listening on ${url}${token ? ' (bearer token required)' : ''}`);
  console.log(`try: EXTRACTOR_URL=${url} EXTRACTOR_STAGES=people,meetings,agreements npm run eval`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
