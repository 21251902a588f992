import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { combineHandlers, createRouter, missingHandlers, type Router } from '../../electron/api/router';
import { handlerModules } from '../../electron/api/handlers/index';
import { testContext, type TestContext } from '../helpers/db';
import type { CollegeRow } from '../../electron/api/contract';

let ctx: TestContext;
let router: Router;
const logged: string[] = [];

beforeEach(() => {
  ctx = testContext();
  logged.length = 0;
  router = createRouter(ctx, { logError: (method) => logged.push(method) });
});
afterEach(() => ctx.cleanup());

describe('router', () => {
  it('answers a valid call with the result', async () => {
    const res = await router.call('network.listColleges', {});
    expect(res.ok).toBe(true);
    if (res.ok) expect((res.result as CollegeRow[]).length).toBe(13);
  });

  it('refuses an unknown method with a typed error', async () => {
    const res = await router.call('network.dropEverything', {});
    expect(res).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: expect.stringContaining('Onbekende opdracht') } });
  });

  it('does not treat Object prototype names as methods', async () => {
    const res = await router.call('constructor', {});
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('UNKNOWN_METHOD');
  });

  it('refuses invalid input with Dutch field issues and does not call the handler', async () => {
    const res = await router.call('network.getCollege', { id: -4 });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('VALIDATION');
    expect(res.error.message).toMatch(/Niet alle gegevens zijn geldig/);
    expect(res.error.details?.issues?.[0]?.path).toBe('id');
    expect(res.error.details?.issues?.[0]?.message).toMatch(/groter|te klein/i);
  });

  it('refuses unexpected fields (strict schemas)', async () => {
    const res = await router.call('settings.update', { language: 'nl', admin: true });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe('VALIDATION');
  });

  it('refuses a language that is not offered', async () => {
    const res = await router.call('settings.update', { language: 'fr' });
    expect(res.ok).toBe(false);
    const settings = await router.call('settings.get', undefined);
    expect(settings.ok && (settings.result as { language: string }).language).toBe('nl');
  });

  it('passes a service error through with its code and message', async () => {
    const res = await router.call('network.getCollege', { id: 9999 });
    expect(res).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Hogeschool 9999 bestaat niet.' } });
  });

  it('hides unexpected errors behind a generic Dutch message and logs them', async () => {
    const failing = createRouter(ctx, { logError: (m) => logged.push(m) }, [
      ...handlerModules.filter((m) => !('app.status' in m)),
      {
        ...handlerModules.find((m) => 'app.status' in m),
        'app.status': () => {
          throw new Error('secret stack detail');
        },
      },
    ]);
    const res = await failing.call('app.status', undefined);
    expect(res).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/onverwacht/) } });
    expect(JSON.stringify(res)).not.toContain('secret');
    expect(logged).toEqual(['app.status']);
  });

  it('throws at startup when two modules claim the same method', () => {
    expect(() => combineHandlers([...handlerModules, { 'backup.list': () => [] }])).toThrow(/twee keer/);
  });

  it('every contract method has a handler', () => {
    expect(missingHandlers(handlerModules)).toEqual([]);
    expect(missingHandlers(handlerModules.slice(1))).toContain('app.status');
  });

  it('sorts and filters colleges in SQL', async () => {
    const sorted = await router.call('network.listColleges', { sort: { column: 'groupCount', direction: 'desc' } });
    expect(sorted.ok).toBe(true);
    if (!sorted.ok) return;
    const counts = (sorted.result as CollegeRow[]).map((c) => c.groupCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const filtered = await router.call('network.listColleges', { search: 'cybersecurity' });
    expect(filtered.ok && (filtered.result as CollegeRow[]).map((c) => c.shortName).sort()).toEqual(['EhB', 'Howest']);
    const wildcard = await router.call('network.listColleges', { search: '%' });
    expect(wildcard.ok && (wildcard.result as CollegeRow[]).length).toBe(0);
  });
});
