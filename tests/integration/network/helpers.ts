import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach } from 'vitest';
import { createRouter, type Router } from '../../../electron/api/router';
import type { ApiErrorShape, InputOf, MethodName, ResultOf } from '../../../electron/api/contract';
import { auditLog } from '../../../db/schema';
import { fixedClock, testContext, type TestContext } from '../../helpers/db';

export type NetworkTest = {
  ctx: TestContext;
  router: Router;
  /** Calls through the router (validation included) and returns the result, or throws. */
  ok: <M extends MethodName>(method: M, input: InputOf<M>) => Promise<ResultOf<M>>;
  /** Calls through the router and returns the error; fails the test when the call succeeds. */
  fail: <M extends MethodName>(method: M, input: unknown) => Promise<ApiErrorShape>;
  audit: (entity: string, entityId: number) => { action: string; changes: Record<string, unknown> }[];
};

/** A fresh seeded database per test, with the router in front of it. */
export function useNetworkTest(): NetworkTest {
  const state = {} as NetworkTest;
  beforeEach(() => {
    const ctx = testContext({ now: fixedClock().now });
    const router = createRouter(ctx);
    state.ctx = ctx;
    state.router = router;
    state.ok = async (method, input) => {
      const res = await router.call(method, input);
      if (!res.ok) throw new Error(`${method}: ${res.error.code} ${res.error.message} ${JSON.stringify(res.error.details)}`);
      return res.result as never;
    };
    state.fail = async (method, input) => {
      const res = await router.call(method, input);
      if (res.ok) throw new Error(`${method} should have failed`);
      return res.error;
    };
    state.audit = (entity, entityId) =>
      ctx
        .db()
        .select({ action: auditLog.action, changes: auditLog.changes })
        .from(auditLog)
        .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, String(entityId))))
        .orderBy(auditLog.id)
        .all();
  });
  afterEach(() => state.ctx.cleanup());
  return state;
}

export function issuePaths(error: ApiErrorShape): string[] {
  return (error.details?.issues ?? []).map((i) => i.path);
}

export function issueFor(error: ApiErrorShape, path: string): string | undefined {
  return error.details?.issues?.find((i) => i.path === path)?.message;
}
