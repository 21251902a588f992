import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../electron/main/app-url';
import { refusal } from '../../electron/web/http-security';
import { slug } from '../../electron/services/seed/reference-data';

const origin = 'http://127.0.0.1:5000';
const req = (headers: Record<string, string>): IncomingMessage =>
  ({ headers: { host: '127.0.0.1:5000', ...headers } }) as unknown as IncomingMessage;

describe('browser mode request check', () => {
  it('lets a same-origin request with the token pass', () => {
    expect(refusal(req({ 'x-blikopener-token': 'abc', origin }), 'abc', origin)).toBeNull();
  });
  it('refuses a missing or wrong token', () => {
    expect(refusal(req({}), 'abc', origin)).toMatch(/token/);
    expect(refusal(req({ 'x-blikopener-token': 'abd' }), 'abc', origin)).toMatch(/token/);
  });
  it('refuses another host (DNS rebinding) and another origin', () => {
    expect(refusal(req({ host: 'evil.example:5000', 'x-blikopener-token': 'abc' }), 'abc', origin)).toMatch(/host/);
    expect(refusal(req({ origin: 'http://localhost:5000', 'x-blikopener-token': 'abc' }), 'abc', origin)).toMatch(/oorsprong/);
  });
});

describe('Electron navigation guard', () => {
  it('allows the bundled renderer and the dev server only', () => {
    expect(isAppUrl('file:///opt/app/out/renderer/index.html', undefined)).toBe(true);
    expect(isAppUrl('https://example.com', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/netwerk', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5173.evil.com/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url', 'http://localhost:5173')).toBe(false);
  });
});

describe('reference keys', () => {
  it('are stable slugs without diacritics', () => {
    expect(slug('Wallonië')).toBe('wallonie');
    expect(slug('Open Time – Applied Futures Research')).toBe('open-time-applied-futures-research');
  });
});
