import crypto from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client';
import { importProfiles } from '../../../db/schema';
import { recordAudit } from '../audit';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Column } from './header';
import type { ColumnMapping } from './mapping';
import { targets, type Target } from './targets';
import { compactKey } from './text';

export type ImportProfile = {
  id: number;
  name: string;
  headerSignature: string;
  mapping: Record<string, Target>;
  createdAt: string;
  updatedAt: string;
  lastUsedAt: string | null;
};

/** A header as profiles compare it: case, diacritics, punctuation and spacing do not count. */
export const headerKey = (header: string): string => compactKey(header);

/** The same set of headers in any order, case or spacing gives the same signature. */
export function headerSignature(headers: string[]): string {
  const keys = [...new Set(headers.map(headerKey).filter((k) => k !== ''))].sort();
  return crypto.createHash('sha256').update(keys.join('\n')).digest('hex');
}

function toProfile(row: typeof importProfiles.$inferSelect): ImportProfile {
  const mapping: Record<string, Target> = {};
  for (const [key, target] of Object.entries(row.mapping)) {
    if ((targets as readonly string[]).includes(target)) mapping[key] = target as Target;
  }
  return { ...row, mapping };
}

function requireName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed)
    throw new AppError('VALIDATION', 'Geef het profiel een naam.', {
      issues: [{ path: 'name', message: 'Geef het profiel een naam.' }],
    });
  return trimmed;
}

function requireProfile(db: Db | Tx, id: number): ImportProfile {
  const row = db.select().from(importProfiles).where(eq(importProfiles.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', `Importprofiel ${id} bestaat niet.`);
  return toProfile(row);
}

export type SaveProfileInput = { name: string; mappings: Pick<ColumnMapping, 'header' | 'target'>[] };

/** Saves a mapping under a name; an existing profile of that name gets the new mapping. */
export function saveProfile(ctx: AppContext, input: SaveProfileInput): ImportProfile {
  const name = requireName(input.name);
  const at = ctx.now().toISOString();
  const mapping: Record<string, Target> = {};
  for (const m of input.mappings) if (headerKey(m.header)) mapping[headerKey(m.header)] = m.target;
  const signature = headerSignature(input.mappings.map((m) => m.header));
  return ctx.db().transaction((tx) => {
    const existing = tx.select().from(importProfiles).where(eq(importProfiles.name, name)).get();
    if (existing) {
      tx.update(importProfiles)
        .set({ headerSignature: signature, mapping, updatedAt: at })
        .where(eq(importProfiles.id, existing.id))
        .run();
      recordAudit(tx, ctx.actor, at, { entity: 'import_profile', entityId: existing.id, action: 'update', changes: { mapping } });
      return requireProfile(tx, existing.id);
    }
    const row = tx
      .insert(importProfiles)
      .values({ name, headerSignature: signature, mapping, createdAt: at, updatedAt: at })
      .returning({ id: importProfiles.id })
      .get();
    recordAudit(tx, ctx.actor, at, { entity: 'import_profile', entityId: row.id, action: 'create', changes: { name, mapping } });
    return requireProfile(tx, row.id);
  });
}

/** The profile made for this set of headers (the most recently used when there are several). */
export function findProfile(db: Db | Tx, headers: string[]): ImportProfile | null {
  const row = db
    .select()
    .from(importProfiles)
    .where(eq(importProfiles.headerSignature, headerSignature(headers)))
    .orderBy(desc(importProfiles.lastUsedAt), desc(importProfiles.updatedAt), desc(importProfiles.id))
    .get();
  return row ? toProfile(row) : null;
}

export function getProfile(db: Db | Tx, id: number): ImportProfile | null {
  const row = db.select().from(importProfiles).where(eq(importProfiles.id, id)).get();
  return row ? toProfile(row) : null;
}

export function findProfileByName(db: Db | Tx, name: string): ImportProfile | null {
  const row = db.select().from(importProfiles).where(eq(importProfiles.name, name.trim())).get();
  return row ? toProfile(row) : null;
}

export function listProfiles(db: Db | Tx): ImportProfile[] {
  return db.select().from(importProfiles).orderBy(importProfiles.name).all().map(toProfile);
}

export function renameProfile(ctx: AppContext, input: { id: number; name: string }): ImportProfile {
  const name = requireName(input.name);
  const at = ctx.now().toISOString();
  return ctx.db().transaction((tx) => {
    const before = requireProfile(tx, input.id);
    if (before.name === name) return before;
    const clash = tx.select({ id: importProfiles.id }).from(importProfiles).where(eq(importProfiles.name, name)).get();
    if (clash)
      throw new AppError('VALIDATION', `Er bestaat al een profiel "${name}".`, {
        issues: [{ path: 'name', message: `Er bestaat al een profiel "${name}".` }],
      });
    tx.update(importProfiles).set({ name, updatedAt: at }).where(eq(importProfiles.id, input.id)).run();
    recordAudit(tx, ctx.actor, at, {
      entity: 'import_profile',
      entityId: input.id,
      action: 'update',
      changes: { name: { from: before.name, to: name } },
    });
    return requireProfile(tx, input.id);
  });
}

/** Batches keep their history: their profileId is set to null by the foreign key. */
export function deleteProfile(ctx: AppContext, id: number): void {
  const at = ctx.now().toISOString();
  ctx.db().transaction((tx) => {
    const before = requireProfile(tx, id);
    tx.delete(importProfiles).where(eq(importProfiles.id, id)).run();
    recordAudit(tx, ctx.actor, at, { entity: 'import_profile', entityId: id, action: 'delete', changes: { name: before.name } });
  });
}

export function markProfileUsed(tx: Tx, id: number, at: string): void {
  tx.update(importProfiles).set({ lastUsedAt: at }).where(eq(importProfiles.id, id)).run();
}

/** A profile's mapping on this file's columns; a header the profile does not know stays `ignore`. */
export function applyProfile(profile: ImportProfile, columns: Column[]): ColumnMapping[] {
  return columns.map((c) => {
    const target = profile.mapping[headerKey(c.original)] ?? profile.mapping[headerKey(c.name)];
    return target
      ? { column: c.index, header: c.name, target, confidence: 1, reason: 'alias' as const }
      : { column: c.index, header: c.name, target: 'ignore' as const, confidence: 0, reason: 'none' as const };
  });
}
