/**
 * Serves packages/web/dist on this computer: `npm run web` (after `npm run build`).
 *
 *   node packages/web/scripts/serve.mjs [--port N] [--host H]      default 127.0.0.1:8080 (the next free port if taken)
 *
 * A tiny static server with no dependencies; any web server or intranet can host dist/ instead.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = resolve(fileURLToPath(new URL('../dist/', import.meta.url)));

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.ico': 'image/x-icon',
    '.map': 'application/json; charset=utf-8'
};

/** Starts serving `root`; resolves to the server and its address once listening. */
export function serve({ root = DIST, port = 8080, host = '127.0.0.1', tries = 20 } = {}) {
    const server = createServer((request, response) => {
        let path;
        try {
            path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
        } catch {
            response.writeHead(400).end('Bad request');
            return;
        }
        const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
        if (!(file === root || file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
            response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
            return;
        }
        response.writeHead(200, {
            'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
            'cache-control': 'no-cache',
            'x-content-type-options': 'nosniff'
        });
        if (request.method === 'HEAD') response.end();
        else createReadStream(file).pipe(response);
    });
    return new Promise((resolvePromise, reject) => {
        const attempt = (p, left) => {
            server.once('error', error => {
                if (error.code === 'EADDRINUSE' && left > 0) attempt(p + 1, left - 1);
                else reject(error);
            });
            server.listen(p, host, () => resolvePromise({ server, url: `http://${host}:${server.address().port}/` }));
        };
        attempt(port, tries);
    });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const arg = name => {
        const i = process.argv.indexOf(name);
        return i > 0 ? process.argv[i + 1] : undefined;
    };
    if (!existsSync(join(DIST, 'index.html'))) {
        console.error('tender web: packages/web/dist is not built yet: run npm run build first.');
        process.exit(1);
    }
    const { url } = await serve({ port: Number(arg('--port') ?? 8080), host: arg('--host') ?? '127.0.0.1' });
    console.log(`Tender is at ${url} (Ctrl+C stops it). After it loads, the page sends nothing anywhere.`);
}
