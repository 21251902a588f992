import { auditLog, contacts, needs, organisations, timelineEntries, attachments } from '../../../db/schema';
import type { AppContext } from '../../../electron/services/context';

/** A small world about one person, written straight into the tables. */
export function personWithHistory(ctx: AppContext) {
  const db = ctx.db();
  const at = '2026-01-10T10:00:00.000Z';
  const org = db
    .insert(organisations)
    .values({
      name: 'De Kringwinkel Gent',
      normalizedName: 'de kringwinkel gent',
      postcode: '9000',
      city: 'Gent',
      provinceCode: 'oost-vlaanderen',
      createdAt: at,
      updatedAt: at,
    })
    .returning()
    .get();
  const person = db
    .insert(contacts)
    .values({
      organisationId: org.id,
      firstName: 'Griet',
      lastName: 'Vermeersch',
      role: 'directeur',
      email: 'griet.vermeersch@kringwinkelgent.be',
      phone: '+3292345678',
      consentDate: '2026-01-10',
      consentSource: 'formulier',
      consentScope: 'contact over Blikopener',
      createdAt: at,
      updatedAt: at,
    })
    .returning()
    .get();
  const other = db
    .insert(contacts)
    .values({
      organisationId: org.id,
      firstName: 'Jan',
      lastName: 'Peeters',
      email: 'jan@kringwinkelgent.be',
      createdAt: at,
      updatedAt: at,
    })
    .returning()
    .get();
  const need = db
    .insert(needs)
    .values({
      organisationId: org.id,
      contactId: person.id,
      title: 'Informatieveiligheid op orde',
      question: 'Griet Vermeersch vraagt hoe we onze kassa veilig maken.',
      statusChangedAt: at,
      createdAt: at,
      updatedAt: at,
    })
    .returning()
    .get();
  db.insert(timelineEntries)
    .values([
      {
        needId: need.id,
        contactId: person.id,
        kind: 'telefoon',
        at,
        actor: 'coördinator',
        summary: 'Gebeld met Griet',
        body: 'Griet belt terug op 09 234 56 78.',
        createdAt: at,
      },
      {
        needId: need.id,
        kind: 'notitie',
        at,
        actor: 'coördinator',
        summary: 'Overleg',
        body: 'Mail van griet.vermeersch@kringwinkelgent.be doorgestuurd; Jan volgt op.',
        createdAt: at,
      },
      {
        needId: need.id,
        contactId: other.id,
        kind: 'notitie',
        at,
        actor: 'coördinator',
        summary: 'Jan gesproken',
        body: 'Jan Peeters bevestigt.',
        createdAt: at,
      },
    ])
    .run();
  db.insert(auditLog)
    .values([
      {
        at,
        actor: 'coördinator',
        entity: 'contact',
        entityId: String(person.id),
        action: 'create',
        changes: { lastName: { from: null, to: 'Vermeersch' }, email: { from: null, to: 'griet.vermeersch@kringwinkelgent.be' } },
      },
      {
        at,
        actor: 'coördinator',
        entity: 'need',
        entityId: String(need.id),
        action: 'update',
        changes: { question: { from: '', to: 'Griet Vermeersch vraagt hoe we onze kassa veilig maken.' } },
      },
    ])
    .run();
  return { org, person, other, need };
}

export function attachFile(ctx: AppContext, values: { contactId: number | null; needId: number; sha256: string }) {
  return ctx
    .db()
    .insert(attachments)
    .values({ ...values, fileName: 'cv-griet.pdf', sizeBytes: 4, addedAt: '2026-01-10T10:00:00.000Z', actor: 'coördinator' })
    .returning()
    .get();
}
