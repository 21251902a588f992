import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { auditLog, contacts } from '../../../db/schema';
import { createRouter } from '../../../electron/api/router';
import type { ExportFile, RetentionRow } from '../../../electron/api/contract';
import type { Page } from '../../../electron/api/contract/common';
import { fixedClock, testContext, type TestContext } from '../../helpers/db';
import { personWithHistory } from './fixtures';

const contexts: TestContext[] = [];
afterEach(() => contexts.splice(0).forEach((c) => c.cleanup()));
function fresh(): TestContext {
  const ctx = testContext({ now: fixedClock('2026-11-26T10:00:00Z').now });
  contexts.push(ctx);
  return ctx;
}

describe('exporting what is held about a contact', () => {
  it('JSON holds the person, the needs they asked, their timeline and their history', async () => {
    const ctx = fresh();
    const { person } = personWithHistory(ctx);
    const res = await createRouter(ctx).call('privacy.exportContact', { contactId: person.id, format: 'json' });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const file = res.result as ExportFile;
    expect(file.fileName).toBe(`gegevens-Griet-Vermeersch-${person.id}-2026-11-26.json`);
    const doc = JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8')) as Record<
      string,
      Record<string, unknown>[]
    >;
    expect(doc.Persoonsgegevens?.[0]).toMatchObject({
      voornaam: 'Griet',
      naam: 'Vermeersch',
      telefoon: '09 234 56 78',
      organisatie: 'De Kringwinkel Gent',
    });
    expect(doc.Hulpvragen).toHaveLength(1);
    expect(doc.Tijdlijn?.map((r) => r.samenvatting)).toEqual(['Gebeld met Griet']);
    expect(doc.Wijzigingshistoriek?.length).toBeGreaterThan(0);
    const exportAudit = ctx.db().select().from(auditLog).where(eq(auditLog.action, 'export')).all();
    expect(exportAudit).toHaveLength(1);
  });

  it('Excel has one sheet per section, readable by an independent reader', async () => {
    const ctx = fresh();
    const { person } = personWithHistory(ctx);
    const res = await createRouter(ctx).call('privacy.exportContact', { contactId: person.id, format: 'xlsx' });
    if (!res.ok) throw new Error(res.error.message);
    const workbook = new ExcelJS.Workbook();
    const bytes = Buffer.from((res.result as ExportFile).contentBase64, 'base64');
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Persoonsgegevens',
      'Hulpvragen',
      'Tijdlijn',
      'Bijlagen',
      'Wijzigingshistoriek',
    ]);
    const sheet = workbook.getWorksheet('Persoonsgegevens');
    const header = (sheet?.getRow(1).values as unknown[]).slice(1);
    const values = (sheet?.getRow(2).values as unknown[]).slice(1);
    expect(values[header.indexOf('e-mail')]).toBe('griet.vermeersch@kringwinkelgent.be');
  });
});

describe('the retention list', () => {
  it('lists contacts without activity for N months, oldest first, and not the erased', async () => {
    const ctx = fresh();
    const { person, other } = personWithHistory(ctx);
    const router = createRouter(ctx);
    const list = async (months: number) => {
      const res = await router.call('privacy.retention', { months, offset: 0, limit: 50 });
      if (!res.ok) throw new Error(res.error.message);
      return res.result as Page<RetentionRow>;
    };
    // Everything happened on 10/01/2026: 10 months before "now".
    expect((await list(12)).total).toBe(0);
    const nine = await list(9);
    expect(nine.rows.map((r) => r.contactId).sort()).toEqual([person.id, other.id].sort());
    ctx.db().update(contacts).set({ updatedAt: '2026-11-01T00:00:00.000Z' }).where(eq(contacts.id, other.id)).run();
    expect((await list(9)).rows.map((r) => r.contactId)).toEqual([person.id]);
    await router.call('privacy.eraseContact', { contactId: person.id, reason: 'bewaartermijn' });
    expect((await list(9)).total).toBe(0);
    expect(await router.call('privacy.retention', { months: 0, offset: 0, limit: 50 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
