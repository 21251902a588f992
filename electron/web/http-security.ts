import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const TOKEN_HEADER = 'x-blikopener-token';

export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * Why an API request is refused, or null when it may pass. The token is per run and random; the
 * Host check stops DNS rebinding, the Origin check stops other sites' pages from calling in.
 */
export function refusal(req: IncomingMessage, token: string, origin: string): string | null {
  const host = req.headers.host;
  if (host !== new URL(origin).host) return 'onbekende host';
  const requestOrigin = req.headers.origin;
  if (requestOrigin !== undefined && requestOrigin !== origin) return 'andere oorsprong';
  const fetchSite = req.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') return 'andere site';
  const given = req.headers[TOKEN_HEADER];
  if (typeof given !== 'string' || !sameToken(given, token)) return 'ontbrekend of fout token';
  return null;
}
