#!/usr/bin/env node
'use strict';
// `npx tsb-akutt-cds [--port 8080] [--host 127.0.0.1] [--max-body-bytes 1048576] [--base-path /]`: the
// CDS Hooks 2.0 service of tsb-akutt/cds-service on node:http. Listens on 127.0.0.1 unless told
// otherwise (`--host 0.0.0.0` to serve other machines, behind TLS in production).
const { createServer, DEFAULT_MAX_BODY_BYTES } = require('./cds-service.cjs');

const USAGE = 'usage: tsb-akutt-cds [--port 8080] [--host 127.0.0.1] [--max-body-bytes N] [--base-path PATH]';

function parse(argv) {
  const out = { port: 8080, host: '127.0.0.1', maxBodyBytes: DEFAULT_MAX_BODY_BYTES, basePath: '' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--port':
        out.port = Number(value());
        break;
      case '--host':
        out.host = value();
        break;
      case '--max-body-bytes':
        out.maxBodyBytes = Number(value());
        break;
      case '--base-path':
        out.basePath = value();
        break;
      case '-h':
      case '--help':
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535) throw new Error('--port must be 0-65535');
  if (!Number.isInteger(out.maxBodyBytes) || out.maxBodyBytes < 1) throw new Error('--max-body-bytes must be a positive integer');
  if (typeof out.host !== 'string' || !out.host) throw new Error('--host needs a value');
  return out;
}

let args;
try {
  args = parse(process.argv.slice(2));
} catch (e) {
  console.error(`tsb-akutt-cds: ${e.message}\n${USAGE}`);
  process.exit(2);
}
const server = createServer(args);
server.listen(args.port, args.host, () => {
  const { address, port } = server.address();
  const host = address.includes(':') ? `[${address}]` : address;
  console.log(`tsb-akutt-cds: CDS Hooks discovery at http://${host}:${port}${args.basePath.replace(/\/$/, '')}/cds-services`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
