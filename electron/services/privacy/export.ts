import { and, desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { attachments, auditLog, contacts, needs, organisations, timelineEntries } from '../../../db/schema';
import type { ExportFile } from '../../api/contract/privacy';
import { formatPhone } from '../../api/contract/rules/phone';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { recordAudit } from '../audit';

type Section = { title: string; rows: Record<string, unknown>[] };

/** Everything held about one person (GDPR art. 15 and 20), gathered from every table that names them. */
function gather(ctx: AppContext, contactId: number): { person: string; sections: Section[] } {
  const db = ctx.db();
  const contact = db.select().from(contacts).where(eq(contacts.id, contactId)).get();
  if (!contact) throw new AppError('NOT_FOUND', `Contactpersoon ${contactId} bestaat niet.`);
  const organisation = db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, contact.organisationId))
    .get();
  const person = `${contact.firstName} ${contact.lastName}`.trim();
  return {
    person,
    sections: [
      {
        title: 'Persoonsgegevens',
        rows: [
          {
            id: contact.id,
            voornaam: contact.firstName,
            naam: contact.lastName,
            functie: contact.role,
            'e-mail': contact.email,
            telefoon: contact.phone ? formatPhone(contact.phone) : null,
            organisatie: organisation?.name ?? null,
            toestemmingDatum: contact.consentDate,
            toestemmingBron: contact.consentSource,
            toestemmingReikwijdte: contact.consentScope,
            notities: contact.notes,
            laatsteActiviteit: contact.lastActivityAt,
            aangemaakt: contact.createdAt,
            gewijzigd: contact.updatedAt,
            gewist: contact.erasedAt,
          },
        ],
      },
      {
        title: 'Hulpvragen',
        rows: db
          .select({ id: needs.id, titel: needs.title, vraag: needs.question, status: needs.status, aangemaakt: needs.createdAt })
          .from(needs)
          .where(eq(needs.contactId, contactId))
          .all(),
      },
      {
        title: 'Tijdlijn',
        rows: db
          .select({
            id: timelineEntries.id,
            soort: timelineEntries.kind,
            wanneer: timelineEntries.at,
            samenvatting: timelineEntries.summary,
            tekst: timelineEntries.body,
          })
          .from(timelineEntries)
          .where(eq(timelineEntries.contactId, contactId))
          .orderBy(desc(timelineEntries.at))
          .all(),
      },
      {
        title: 'Bijlagen',
        rows: db
          .select({
            id: attachments.id,
            bestand: attachments.fileName,
            grootte: attachments.sizeBytes,
            toegevoegd: attachments.addedAt,
            verwijderd: attachments.removedAt,
          })
          .from(attachments)
          .where(eq(attachments.contactId, contactId))
          .all(),
      },
      {
        title: 'Wijzigingshistoriek',
        rows: db
          .select({ wanneer: auditLog.at, door: auditLog.actor, actie: auditLog.action, wijzigingen: auditLog.changes })
          .from(auditLog)
          .where(and(eq(auditLog.entity, 'contact'), eq(auditLog.entityId, String(contactId))))
          .orderBy(desc(auditLog.at))
          .all()
          .map((r) => ({ ...r, wijzigingen: JSON.stringify(r.wijzigingen) })),
      },
    ],
  };
}

function fileBase(person: string, contactId: number, date: string): string {
  const safe = person
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `gegevens-${safe || 'contact'}-${contactId}-${date}`;
}

async function toXlsx(sections: Section[], now: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Blikopener Desk';
  workbook.created = now;
  for (const section of sections) {
    const sheet = workbook.addWorksheet(section.title);
    const columns = [...new Set(section.rows.flatMap((r) => Object.keys(r)))];
    sheet.columns = columns.map((key) => ({ header: key, key, width: Math.min(60, Math.max(12, key.length + 2)) }));
    sheet.getRow(1).font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    // Values go in as plain text/numbers: a text starting with '=' stays text, never a formula.
    for (const row of section.rows) sheet.addRow(Object.fromEntries(columns.map((c) => [c, row[c] ?? null])));
    if (section.rows.length === 0) sheet.addRow({ [columns[0] ?? 'info']: 'Geen gegevens' });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function exportContact(ctx: AppContext, contactId: number, format: 'json' | 'xlsx'): Promise<ExportFile> {
  const { person, sections } = gather(ctx, contactId);
  const now = ctx.now();
  const base = fileBase(person, contactId, now.toISOString().slice(0, 10));
  // Handing personal data out is itself worth a trace (no data copied into it).
  const at = now.toISOString();
  ctx
    .db()
    .transaction((tx) =>
      recordAudit(tx, ctx.actor, at, { entity: 'contact', entityId: contactId, action: 'export', changes: { format } }),
    );
  if (format === 'json') {
    const document = { exportedAt: at, exportedBy: ctx.actor, ...Object.fromEntries(sections.map((s) => [s.title, s.rows])) };
    return {
      fileName: `${base}.json`,
      mimeType: 'application/json',
      contentBase64: Buffer.from(JSON.stringify(document, null, 2)).toString('base64'),
    };
  }
  return {
    fileName: `${base}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentBase64: (await toXlsx(sections, now)).toString('base64'),
  };
}
