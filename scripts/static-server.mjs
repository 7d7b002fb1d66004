// A plain static server for the production build (no SPA fallback), as a real host would be.
// It gzips text like GitHub Pages, Netlify or S3 + CloudFront do; without that, Lighthouse
// would time an unrealistically fat download.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `root` on 127.0.0.1:`port` (0: any free port), under `prefix` (e.g. '/courses/x', to
 * publish under a sub-path; anything outside it is 404); resolves to the server once it listens.
 */
export async function serveStatic(root, port, prefix = '') {
  const server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!url.startsWith(`${prefix}/`)) return res.writeHead(404).end('not found');
    const path = normalize(url.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end('not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const gzip = /gzip/.test(req.headers['accept-encoding'] ?? '') && type !== 'image/png';
    const body = readFileSync(file);
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'max-age=31536000',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
