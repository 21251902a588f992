import ExcelJS from 'exceljs';
import { contacts, organisations } from '../../../db/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter, type Router } from '../../../electron/api/router';
import type { ImportCommitResult, PlanResult, UploadResult } from '../../../electron/api/contract';
import { fixedClock, testContext, type TestContext } from '../../helpers/db';
import { csv, HEADER } from './commit-helpers';

let ctx: TestContext;
let router: Router;
beforeEach(() => {
  ctx = testContext({ now: fixedClock().now });
  router = createRouter(ctx);
});
afterEach(() => ctx.cleanup());

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function ok<T>(method: string, input: unknown): Promise<T> {
  const response = await router.call(method, input);
  if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
  return response.result as T;
}

const row = (name: string, email: string, postcode = '9000') => [
  name,
  '',
  'Kerkstraat 1',
  postcode,
  'Gent',
  '',
  'An',
  'Peeters',
  email,
  'ja',
  'Hulp bij een businessplan',
  '',
];

describe('inline fixes, match overrides and sheets through the router', () => {
  it('re-checks a row with a corrected cell and keeps the fix for the commit', async () => {
    const up = await ok<UploadResult>('imports.upload', {
      fileName: 'fix.csv',
      contentBase64: base64(csv([row('Kringwinkel Noord', 'an@noord.be'), row('Buurtwerk Zuid', 'an@@zuid')])),
    });
    const before = await ok<PlanResult>('imports.plan', { sessionId: up.sessionId });
    expect(before.summary.invalidRows).toBe(1);
    const bad = before.page.rows.find((r) => r.status === 'invalid');
    expect(bad?.issues.map((i) => i.field)).toContain('contact.email');

    const overrides = [{ index: 1, values: { 'contact.email': 'an@zuid.be' } }];
    const after = await ok<PlanResult>('imports.plan', { sessionId: up.sessionId, overrides });
    expect(after.summary.invalidRows).toBe(0);
    expect(after.page.rows[1]?.status).toBe('ok');

    const result = await ok<ImportCommitResult>('imports.commit', { sessionId: up.sessionId, overrides });
    expect(result.contacts.created).toBe(2);
    const emails = ctx
      .db()
      .select({ email: contacts.email })
      .from(contacts)
      .all()
      .map((r) => r.email);
    expect(emails).toContain('an@zuid.be');
  });

  it('rejects an unknown target in a fix with a field message', async () => {
    const response = await router.call('imports.plan', {
      sessionId: 'x',
      overrides: [{ index: 0, values: { 'organisation.nope': 'x' } }],
    });
    expect(response.ok).toBe(false);
  });

  it('matches a row to an existing organisation, or forces a new one', async () => {
    const first = await ok<UploadResult>('imports.upload', {
      fileName: 'one.csv',
      contentBase64: base64(csv([row('Kringwinkel Noord', 'an@noord.be')])),
    });
    await ok<ImportCommitResult>('imports.commit', { sessionId: first.sessionId });
    const existing = ctx.db().select({ id: organisations.id }).from(organisations).get();
    if (!existing) throw new Error('the first import created no organisation');

    const up = await ok<UploadResult>('imports.upload', {
      fileName: 'two.csv',
      contentBase64: base64(csv([row('Kringwinkel Noord', 'jan@noord.be'), row('Heel Andere Naam', 'x@elders.be', '2000')])),
    });
    const auto = await ok<PlanResult>('imports.plan', { sessionId: up.sessionId });
    expect(auto.page.rows.map((r) => r.organisation?.action)).toEqual(['unchanged', 'create']);

    const overrides = [
      { index: 0, organisationId: 'new' as const },
      { index: 1, organisationId: existing.id },
    ];
    const chosen = await ok<PlanResult>('imports.plan', { sessionId: up.sessionId, overrides });
    expect(chosen.page.rows[0]?.organisation?.action).toBe('create');
    expect(chosen.page.rows[1]?.organisation?.id).toBe(existing.id);
    expect(chosen.summary.organisations.created).toBe(1);
  });

  it('lists the sheets of a workbook and plans the chosen one', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Uitleg').addRow(['Dit werkblad legt het formulier uit.']);
    const a = workbook.addWorksheet('Voorjaar');
    a.addRow(HEADER);
    a.addRow(row('Kringwinkel Noord', 'an@noord.be'));
    const b = workbook.addWorksheet('Najaar');
    b.addRow(HEADER);
    b.addRow(row('Buurtwerk Zuid', 'an@zuid.be'));
    b.addRow(row('Sociaal Huis Oost', 'an@oost.be'));
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const up = await ok<UploadResult>('imports.upload', { fileName: 'seizoenen.xlsx', contentBase64: base64(bytes) });
    expect(up.sheets).toEqual(['Uitleg', 'Voorjaar', 'Najaar']);
    expect(up.sheet).toBe('Voorjaar');
    expect(up.rowCount).toBe(1);

    const other = await ok<UploadResult>('imports.chooseSheet', { sessionId: up.sessionId, sheet: 'Najaar' });
    expect(other.sessionId).toBe(up.sessionId);
    expect(other.sheet).toBe('Najaar');
    expect(other.rowCount).toBe(2);
    const plan = await ok<PlanResult>('imports.plan', { sessionId: up.sessionId });
    expect(plan.sheet).toBe('Najaar');
    expect(plan.page.total).toBe(2);

    const missing = await router.call('imports.chooseSheet', { sessionId: up.sessionId, sheet: 'Zomer' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.message).toContain('Zomer');

    const direct = await ok<UploadResult>('imports.upload', {
      fileName: 'seizoenen.xlsx',
      contentBase64: base64(bytes),
      sheet: 'Najaar',
    });
    expect(direct.rowCount).toBe(2);
  });
});
