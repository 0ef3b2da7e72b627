#!/usr/bin/env node
// The production server (npm start, and the e2e tests' webServer): Next's request handler (the production
// build in .next) behind a plain Node HTTP server, on PORT (default 3000), all interfaces as `next start`.
// Why not `next start`: some answers never reach next.config.mjs's headers(). Node answers a request whose
// headers are too large (431) and a malformed one (400) itself, and Next answers a bad percent-encoding in a
// dynamic segment (`/articles/%ZZ.md`) with a bare 500 and its trailing-slash redirects (308) without them.
// Here every response gets the security headers before Next writes anything, a path that does not decode is
// refused with a French 400 before Next sees it, and Node's own error answers are written with the headers.
// Option: --host 127.0.0.1 (listen on one address; bench:load).
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import next from 'next';
import { errorPage, hasBadPercentEncoding } from '../lib/error-page.mjs';
import { securityHeaders } from '../lib/security-headers.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const port = Number(process.env.PORT || 3000);
const { values } = parseArgs({ options: { host: { type: 'string' } } });
const headers = securityHeaders(false);

/** A whole HTTP response on a socket Node gave up parsing (no request object to answer through). */
function rawResponse(status, body) {
  const lines = [
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}`,
    'Content-Type: text/html; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'Connection: close',
    ...headers.map(({ key, value }) => `${key}: ${value}`),
  ];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

const app = next({ dev: false, dir: root, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((request, response) => {
  for (const { key, value } of headers) response.setHeader(key, value);
  if (hasBadPercentEncoding(request.url ?? '/')) {
    const body = errorPage(400);
    response.writeHead(400, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Erreur interne du serveur');
  });
});

// Node's default answer to a request it cannot parse carries no headers at all.
server.on('clientError', (error, socket) => {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  socket.end(rawResponse(status, errorPage(status)));
});

server.listen(port, values.host, () => {
  console.log(`Portail servi sur http://${values.host ?? 'localhost'}:${port}`);
  // The server's search index is built from the whole content on the first /recherche (20 s at 721
  // articles, about a minute at 2,000: docs/scale.md): ask for it now, so that an agent's first search does
  // not wait for it. The page logs nothing (searches are logged by the browser), and a failure only means
  // the first agent pays for it, as before.
  const host = values.host && values.host !== '0.0.0.0' && values.host !== '::' ? values.host : 'localhost';
  fetch(`http://${host.includes(':') ? `[${host}]` : host}:${port}/recherche`)
    .then((response) => response.arrayBuffer())
    .catch(() => undefined);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    process.exit(0);
  });
}
