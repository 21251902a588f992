import { eq } from 'drizzle-orm';
import { contacts, organisationFederations, organisations, partners, themes } from '../../../db/schema';
import { createRouter, type Router } from '../../../electron/api/router';
import type { MethodName, ResultOf } from '../../../electron/api/contract';
import { fixedClock, testContext, type TestContext } from '../../helpers/db';

export type DossierWorld = {
  ctx: TestContext;
  router: Router;
  clock: ReturnType<typeof fixedClock>;
  /** Calls through the router and fails the test on an error (for set-up steps). */
  ok: <M extends MethodName>(method: M, input: unknown) => Promise<ResultOf<M>>;
};

export function dossierWorld(): DossierWorld {
  const clock = fixedClock();
  const ctx = testContext({ now: clock.now });
  const router = createRouter(ctx);
  const ok = async <M extends MethodName>(method: M, input: unknown): Promise<ResultOf<M>> => {
    const res = await router.call(method, input);
    if (!res.ok) throw new Error(`${method} faalde: ${res.error.code} ${res.error.message} ${JSON.stringify(res.error.details)}`);
    return res.result as ResultOf<M>;
  };
  return { ctx, router, clock, ok };
}

/** Organisations are another engineer's area: tests insert them straight into the table. */
export function insertOrganisation(
  ctx: TestContext,
  values: { name: string; provinceCode?: string | null; postcode?: string | null; city?: string; federation?: string },
): number {
  const now = ctx.now().toISOString();
  const db = ctx.db();
  const row = db
    .insert(organisations)
    .values({
      name: values.name,
      normalizedName: values.name.toLowerCase(),
      provinceCode: values.provinceCode ?? null,
      postcode: values.postcode ?? null,
      city: values.city ?? '',
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: organisations.id })
    .get();
  if (values.federation) {
    const fed = db.select({ id: partners.id }).from(partners).where(eq(partners.kind, 'federatie')).all()[0];
    if (!fed) throw new Error('geen federatie geseed');
    db.insert(organisationFederations).values({ organisationId: row.id, partnerId: fed.id }).run();
  }
  return row.id;
}

export function insertContact(ctx: TestContext, organisationId: number, lastName: string): number {
  const now = ctx.now().toISOString();
  return ctx
    .db()
    .insert(contacts)
    .values({ organisationId, lastName, firstName: 'An', createdAt: now, updatedAt: now })
    .returning({ id: contacts.id })
    .get().id;
}

export function themeIds(ctx: TestContext): number[] {
  return ctx
    .db()
    .select({ id: themes.id })
    .from(themes)
    .all()
    .map((t) => t.id);
}

export function firstFederationId(ctx: TestContext): number {
  const fed = ctx.db().select({ id: partners.id }).from(partners).where(eq(partners.kind, 'federatie')).all()[0];
  if (!fed) throw new Error('geen federatie geseed');
  return fed.id;
}
