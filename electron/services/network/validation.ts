import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { colleges, expertiseGroups, experts, provinces, themes } from '../../../db/schema';
import type { FieldIssue } from '../../api/contract/errors';
import { AppError } from '../errors';

/** Collects field problems found against the database, then fails once with all of them. */
export class FieldIssues {
  private readonly issues: FieldIssue[] = [];

  add(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  throwIfAny(): void {
    if (this.issues.length === 0) return;
    throw new AppError('VALIDATION', 'Niet alle gegevens zijn geldig. Kijk de gemarkeerde velden na.', {
      issues: this.issues,
    });
  }
}

export function notFound(what: string, id: number): AppError {
  return new AppError('NOT_FOUND', `${what} ${id} bestaat niet.`);
}

export function checkProvince(tx: Tx, issues: FieldIssues, code: string | null): void {
  if (code === null) return;
  const row = tx.select({ code: provinces.code }).from(provinces).where(eq(provinces.code, code)).get();
  if (!row) issues.add('provinceCode', 'Kies een provincie uit de lijst.');
}

export function checkCollege(tx: Tx, issues: FieldIssues, path: string, id: number | null): void {
  if (id === null) return;
  const row = tx.select({ id: colleges.id }).from(colleges).where(eq(colleges.id, id)).get();
  if (!row) issues.add(path, 'Deze hogeschool bestaat niet.');
}

/** Every id must exist; inactive rows may stay linked but not be newly added. */
function checkIds(
  issues: FieldIssues,
  path: string,
  wanted: number[],
  found: { id: number; active: boolean }[],
  alreadyLinked: number[],
  message: { missing: string; inactive: string },
): void {
  const byId = new Map(found.map((r) => [r.id, r.active]));
  for (const id of wanted) {
    const active = byId.get(id);
    if (active === undefined) issues.add(path, message.missing);
    else if (!active && !alreadyLinked.includes(id)) issues.add(path, message.inactive);
  }
}

export function checkThemes(tx: Tx, issues: FieldIssues, ids: number[], alreadyLinked: number[] = []): void {
  if (ids.length === 0) return;
  const found = tx.select({ id: themes.id, active: themes.active }).from(themes).where(inArray(themes.id, ids)).all();
  checkIds(issues, 'themeIds', ids, found, alreadyLinked, {
    missing: 'Een gekozen thema bestaat niet.',
    inactive: 'Een gekozen thema is niet meer actief.',
  });
}

export function checkGroups(tx: Tx, issues: FieldIssues, ids: number[], alreadyLinked: number[] = []): void {
  if (ids.length === 0) return;
  const found = tx
    .select({ id: expertiseGroups.id, active: expertiseGroups.active })
    .from(expertiseGroups)
    .where(inArray(expertiseGroups.id, ids))
    .all();
  checkIds(issues, 'groupIds', ids, found, alreadyLinked, {
    missing: 'Een gekozen expertisegroep bestaat niet.',
    inactive: 'Een gekozen expertisegroep is niet meer actief.',
  });
}

export function checkColleges(tx: Tx, issues: FieldIssues, ids: number[]): void {
  if (ids.length === 0) return;
  const found = tx.select({ id: colleges.id }).from(colleges).where(inArray(colleges.id, ids)).all();
  if (found.length !== ids.length) issues.add('collegeIds', 'Een gekozen hogeschool bestaat niet.');
}

export function checkExpert(tx: Tx, issues: FieldIssues, path: string, id: number | null): void {
  if (id === null) return;
  const row = tx.select({ id: experts.id }).from(experts).where(eq(experts.id, id)).get();
  if (!row) issues.add(path, 'Deze expert bestaat niet.');
}

/** Short names identify colleges in lists and associations: unique, whatever the case. */
export function checkUniqueCollegeShortName(tx: Tx, issues: FieldIssues, shortName: string, exceptId?: number): void {
  const same = sql`lower(${colleges.shortName}) = lower(${shortName})`;
  const row = tx
    .select({ id: colleges.id, name: colleges.name })
    .from(colleges)
    .where(exceptId === undefined ? same : and(same, ne(colleges.id, exceptId)))
    .get();
  if (row) issues.add('shortName', `Deze afkorting is al in gebruik door ${row.name}.`);
}
