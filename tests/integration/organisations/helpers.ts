import { expect } from 'vitest';
import { createRouter, type Router } from '../../../electron/api/router';
import type { ApiErrorShape, InputOf, MethodName, ResultOf } from '../../../electron/api/contract';
import { fixedClock, testContext, type TestContext } from '../../helpers/db';

export type Harness = { ctx: TestContext; router: Router; clock: ReturnType<typeof fixedClock> };

export function harness(): Harness {
  const clock = fixedClock();
  const ctx = testContext({ now: clock.now });
  return { ctx, router: createRouter(ctx), clock };
}

/** A valid enterprise number from an 8-digit base: the check digits are 97 - (base mod 97). */
export function kbo(base: number): string {
  const head = String(base).padStart(8, '0');
  const check = 97 - (Number(head) % 97);
  return `${head}${String(check).padStart(2, '0')}`;
}

/** Calls through the router (validation included) and expects success. */
export async function ok<M extends MethodName>(router: Router, method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const res = await router.call(method, input);
  if (!res.ok) throw new Error(`${method} failed: ${JSON.stringify(res.error)}`);
  return res.result as ResultOf<M>;
}

/** Calls through the router and expects a failure; returns the error. */
export async function fails<M extends MethodName>(router: Router, method: M, input: InputOf<M>): Promise<ApiErrorShape> {
  const res = await router.call(method, input);
  expect(res.ok).toBe(false);
  if (res.ok) throw new Error(`${method} unexpectedly succeeded`);
  return res.error;
}

export function issuePaths(error: ApiErrorShape): string[] {
  return (error.details?.issues ?? []).map((i) => i.path);
}

export function count(ctx: TestContext, table: string): number {
  return (ctx.sqlite().prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

export function federationIds(ctx: TestContext): number[] {
  return (ctx.sqlite().prepare("SELECT id FROM partners WHERE kind = 'federatie' ORDER BY id").all() as { id: number }[]).map(
    (r) => r.id,
  );
}
