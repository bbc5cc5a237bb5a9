// A tiny static server on 127.0.0.1 (a random free port) for the browser tests and the benchmark: the
// package under /pkg/, the test pages under /test/, every response with the given
// Content-Security-Policy, and `.wasm` as application/wasm.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { PKG, ROOT } from './helpers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};
const ROOTS = {
  '/pkg/': PKG,
  '/test/': path.join(ROOT, 'wasm/tests/browser'),
  '/fixtures/': path.join(ROOT, 'tests/fixtures'),
};

/**
 * Starts the server; `csp(pathname)` gives the policy of each response; `isolated` adds the headers of
 * cross-origin isolation (finer timers, for the benchmark). Resolves to { url, close }.
 */
export function serve(csp, { isolated = false } = {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    let file = null;
    if (url.pathname === '/' || url.pathname.endsWith('/index.html') || !path.extname(url.pathname)) {
      file = path.join(ROOTS['/test/'], 'index.html');
    }
    for (const [prefix, dir] of Object.entries(ROOTS)) {
      if (url.pathname.startsWith(prefix)) {
        const p = path.normalize(path.join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
        if (p.startsWith(dir + path.sep)) file = p;
      }
    }
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Content-Security-Policy': csp(url.pathname),
      'Cache-Control': 'no-store',
      ...(isolated ? { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' } : {}),
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/** Debian's Chromium through playwright-core, with the flags a root, offline machine needs. */
export const CHROMIUM = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
};
