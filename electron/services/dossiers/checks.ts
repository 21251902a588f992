import { and, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { contacts, needs, organisations, themes, trajects } from '../../../db/schema';
import type { FieldIssue } from '../../api/contract/errors';
import { AppError } from '../errors';

type Reader = Db | Tx;

/** A refusal shaped like the router's validation errors, so the form shows it at the field. */
export function fieldErrors(issues: FieldIssue[]): AppError {
  return new AppError('VALIDATION', issues[0]?.message ?? 'Niet alle gegevens zijn geldig.', { issues });
}

export function nowIso(now: () => Date): string {
  return now().toISOString();
}

export function requireNeed(db: Reader, id: number) {
  const need = db.select().from(needs).where(eq(needs.id, id)).get();
  if (!need) throw new AppError('NOT_FOUND', `Hulpvraag ${id} bestaat niet.`);
  return need;
}

export function requireTraject(db: Reader, id: number) {
  const traject = db.select().from(trajects).where(eq(trajects.id, id)).get();
  if (!traject) throw new AppError('NOT_FOUND', `Traject ${id} bestaat niet.`);
  return traject;
}

type NeedLinks = {
  organisationId: number | null;
  contactId: number | null;
  themeIds: number[];
  trajectId?: number | null;
};

/**
 * Everything a need points to must exist: the organisation (or a collective traject when there is
 * none), a contact of THAT organisation, and themes of the taxonomy. All problems at once.
 */
export function checkNeedLinks(db: Reader, links: NeedLinks): void {
  const issues: FieldIssue[] = [];
  if (links.organisationId !== null) {
    const org = db
      .select({ id: organisations.id, mergedIntoId: organisations.mergedIntoId })
      .from(organisations)
      .where(eq(organisations.id, links.organisationId))
      .get();
    if (!org) issues.push({ path: 'organisationId', message: 'Deze organisatie bestaat niet.' });
    else if (org.mergedIntoId !== null)
      issues.push({ path: 'organisationId', message: 'Deze organisatie werd samengevoegd; kies de overgebleven organisatie.' });
  } else if (links.trajectId === undefined || links.trajectId === null) {
    issues.push({
      path: 'organisationId',
      message: 'Kies een organisatie (of maak de hulpvraag binnen een collectief traject).',
    });
  }
  if (links.trajectId) {
    const traject = db.select({ type: trajects.type }).from(trajects).where(eq(trajects.id, links.trajectId)).get();
    if (!traject) issues.push({ path: 'trajectId', message: 'Dit traject bestaat niet.' });
    else if (links.organisationId === null && traject.type !== 'collectief_traject')
      issues.push({
        path: 'organisationId',
        message: 'Zonder organisatie kan een hulpvraag alleen bij een collectief traject horen.',
      });
  }
  if (links.contactId !== null) {
    const contact = links.organisationId
      ? db
          .select({ id: contacts.id })
          .from(contacts)
          .where(and(eq(contacts.id, links.contactId), eq(contacts.organisationId, links.organisationId)))
          .get()
      : undefined;
    if (!contact) issues.push({ path: 'contactId', message: 'Deze contactpersoon hoort niet bij de gekozen organisatie.' });
  }
  const wanted = [...new Set(links.themeIds)];
  if (wanted.length > 0) {
    const found = db
      .select({ id: themes.id })
      .from(themes)
      .where(and(inArray(themes.id, wanted), eq(themes.active, true)))
      .all();
    if (found.length !== wanted.length)
      issues.push({ path: 'themeIds', message: 'Kies thema’s uit de lijst; één ervan bestaat niet (meer).' });
  }
  if (issues.length > 0) throw fieldErrors(issues);
}
