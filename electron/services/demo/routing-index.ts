import type { Sqlite } from '../../../db/client';

/** The referral triggers of db/migrations/0007_routing_index.sql that the bulk load stands in for. */
const ROUTING_TRIGGERS = ['routing_referrals_ai', 'routing_referrals_au'] as const;
const TAKEN_ON = `('aanvaard', 'lopend', 'afgerond')`;

/**
 * Each taken-on referral rebuilds its group's past-needs document (all the needs the group took
 * on): row by row that is quadratic in the referrals per group, minutes at 100,000 organisations.
 * The generator lifts the two referral triggers inside its transaction (a rollback brings them
 * back) and rebuilds every past-needs document once afterwards with the triggers' own expression.
 */
export function suspendRoutingTriggers(sqlite: Sqlite): () => void {
  const saved = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)`)
    .all(...ROUTING_TRIGGERS) as { name: string; sql: string }[];
  for (const trigger of saved) sqlite.exec(`DROP TRIGGER "${trigger.name}"`);
  return () => {
    for (const trigger of saved) sqlite.exec(trigger.sql);
  };
}

export function rebuildRoutingPastNeeds(sqlite: Sqlite): void {
  sqlite.exec(`DELETE FROM routing_index WHERE kind = 'past'`);
  sqlite.exec(
    `INSERT INTO routing_index (rowid, kind, owner_id, name, body)
     SELECT r.expertise_group_id * 4 + 2, 'past', r.expertise_group_id, '', group_concat(n.title || ' ' || n.question || ' ' || n.smart, ' ')
     FROM referrals r JOIN needs n ON n.id = r.need_id
     WHERE r.expertise_group_id IS NOT NULL AND r.status IN ${TAKEN_ON}
     GROUP BY r.expertise_group_id`,
  );
}
