/**
 * Table numbers (0-based) for scheduled meetings. Locked tables are kept; the others get a free
 * table in their slot, preferring the table one of the two participants sat at in the slot
 * before, so people move as little as possible between rounds.
 */
import type { ScheduleProblem } from './types';

export function assignTables(
  problem: ScheduleProblem,
  slotOf: (number | null)[],
  lockedTables?: (number | null)[],
): (number | null)[] {
  const tables: (number | null)[] = slotOf.map(() => null);
  const bySlot = new Map<number, number[]>();
  slotOf.forEach((s, m) => {
    if (s === null) return;
    const list = bySlot.get(s) ?? [];
    list.push(m);
    bySlot.set(s, list);
  });
  const lastTable = new Map<number, number>();
  const slots = [...bySlot.keys()].sort((x, y) => x - y);
  for (const s of slots) {
    const meetings = bySlot.get(s)!;
    const taken = new Set<number>();
    for (const m of meetings) {
      const locked = lockedTables?.[m];
      if (locked === null || locked === undefined || locked < 0 || locked >= problem.tables || taken.has(locked)) continue;
      tables[m] = locked;
      taken.add(locked);
    }
    for (const m of meetings) {
      if (tables[m] !== null) continue;
      const meeting = problem.meetings[m]!;
      const preferred = [lastTable.get(meeting.a), lastTable.get(meeting.b)].find((t) => t !== undefined && !taken.has(t));
      let table = preferred;
      if (table === undefined) {
        table = 0;
        while (taken.has(table)) table++;
      }
      // More meetings than tables only happens for an invalid schedule; they stay without a table.
      if (table >= problem.tables) continue;
      tables[m] = table;
      taken.add(table);
    }
    for (const m of meetings) {
      const t = tables[m];
      if (t === null || t === undefined) continue;
      lastTable.set(problem.meetings[m]!.a, t);
      lastTable.set(problem.meetings[m]!.b, t);
    }
  }
  return tables;
}
