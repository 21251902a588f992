import type { Tx } from '../../db/client';
import { auditLog } from '../../db/schema';

export type AuditEntry = {
  entity: string;
  entityId: string | number;
  action: string;
  changes?: Record<string, unknown>;
};

/** Writes one audit row inside the caller's transaction, so the change and its trace land together. */
export function recordAudit(tx: Tx, actor: string, at: string, entry: AuditEntry): void {
  tx.insert(auditLog)
    .values({
      at,
      actor,
      entity: entry.entity,
      entityId: String(entry.entityId),
      action: entry.action,
      changes: entry.changes ?? {},
    })
    .run();
}

export const CONFIDENTIAL = '[vertrouwelijk]';

/**
 * The fields that differ between two versions of a record, as { field: { from, to } }. Fields
 * named confidential keep only the fact that they changed: their text never enters the audit log.
 */
export function diffChanges<T extends Record<string, unknown>>(
  before: Partial<T> | null,
  after: Partial<T>,
  confidential: readonly (keyof T)[] = [],
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (key === 'updatedAt' || key === 'createdAt') continue;
    const from = before ? (before[key] ?? null) : null;
    const to = after[key] ?? null;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[key] = confidential.includes(key) ? { from: CONFIDENTIAL, to: CONFIDENTIAL } : { from, to };
  }
  return changes;
}
