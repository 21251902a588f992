import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRouter } from '../../electron/api/router';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { tempDir, testContext, type TestContext } from '../helpers/db';

let ctx: TestContext;
let server: WebServer;

beforeAll(async () => {
  ctx = testContext();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Blikopener Desk</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startWebServer({ router: createRouter(ctx), staticDir });
});
afterAll(async () => {
  await server.close();
  ctx.cleanup();
});

function api(method: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Blikopener-Token': server.token, ...headers },
    body: JSON.stringify(body),
  });
}

describe('browser mode server', () => {
  it('listens on 127.0.0.1 with a random token in the URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('answers API calls that carry the token', async () => {
    const res = await api('network.summary', {});
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, result: { colleges: 13 } });
  });

  it('refuses calls without the token or with a wrong one', async () => {
    const none = await fetch(`${server.origin}/api/network.summary`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(403);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const wrong = await api('network.summary', {}, { 'X-Blikopener-Token': 'x'.repeat(32) });
    expect(wrong.status).toBe(403);
  });

  it('refuses calls from another origin even with the token', async () => {
    const res = await api('network.summary', {}, { Origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    const site = await api('network.summary', {}, { 'Sec-Fetch-Site': 'cross-site' });
    expect(site.status).toBe(403);
  });

  it('passes validation errors and unknown methods through as envelopes', async () => {
    expect(await (await api('network.getCollege', { id: 'x' })).json()).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await (await api('nope.nothing', {})).json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const bad = await fetch(`${server.origin}/api/network.summary`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Blikopener-Token': server.token },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
  });

  it('serves the renderer with a strict CSP and never files outside its folder', async () => {
    const index = await fetch(`${server.origin}/`);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await index.text()).toContain('Blikopener Desk');
    expect(await (await fetch(`${server.origin}/assets/app.js`)).text()).toBe('console.log(1)');
    const traversal = await fetch(`${server.origin}/..%2f..%2f..%2fetc%2fpasswd`);
    expect(await traversal.text()).toContain('Blikopener Desk');
  });
});
