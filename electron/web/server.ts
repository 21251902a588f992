import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Router } from '../api/router';
import type { ApiResponse } from '../api/contract';
import { CONTENT_SECURITY_POLICY, newToken, refusal } from './http-security';

export type WebServer = { url: string; origin: string; token: string; port: number; close: () => Promise<void> };

export type WebServerOptions = {
  router: Router;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
};

const MAX_BODY_BYTES = 50 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

const baseHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function sendJson(res: http.ServerResponse, status: number, body: ApiResponse<unknown>): void {
  res.writeHead(status, { ...baseHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  method: string,
  options: Required<Pick<WebServerOptions, 'router'>> & { token: string; origin: string },
): Promise<void> {
  const refused = refusal(req, options.token, options.origin);
  if (refused) {
    sendJson(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: `Verzoek geweigerd (${refused}).` } });
    return;
  }
  if (req.method !== 'POST') {
    sendJson(res, 405, { ok: false, error: { code: 'FORBIDDEN', message: 'Alleen POST is toegestaan.' } });
    return;
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    sendJson(res, 415, { ok: false, error: { code: 'VALIDATION', message: 'Verwacht JSON.' } });
    return;
  }
  let input: unknown;
  try {
    const body = await readBody(req);
    input = body.length === 0 ? undefined : (JSON.parse(body) as unknown);
  } catch {
    sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'Het verzoek is geen geldige JSON.' } });
    return;
  }
  sendJson(res, 200, await options.router.call(method, input));
}

function serveStatic(req: http.IncomingMessage, res: http.ServerResponse, staticDir: string, pathname: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, baseHeaders).end();
    return;
  }
  const root = path.resolve(staticDir);
  const requested = path.resolve(root, `.${decodeURIComponent(pathname)}`);
  const inside = requested === root || requested.startsWith(root + path.sep);
  let file = inside && fs.existsSync(requested) && fs.statSync(requested).isFile() ? requested : path.join(root, 'index.html');
  if (!inside) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) {
    res.writeHead(500, { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('De gebruikersinterface is niet gebouwd. Voer eerst `npm run build` uit.');
    return;
  }
  const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
  res.writeHead(200, {
    ...baseHeaders,
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'max-age=3600',
  });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(file).pipe(res);
}

/** Browser mode: the built renderer and the same router, on 127.0.0.1 only, behind a per-run token. */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? newToken();
  let origin = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url.pathname.slice('/api/'.length), { router: options.router, token, origin }).catch(() => {
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Er ging iets onverwacht mis.' } });
      });
      return;
    }
    serveStatic(req, res, options.staticDir, url.pathname);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
