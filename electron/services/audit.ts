import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

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
