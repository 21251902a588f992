import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { eventMeetings, eventParticipants } from '../../../db/schema';
import type { FieldIssue } from '../../api/contract/errors';
import { loadLayout, slotLabel } from './layout';
import { invalid } from './participant-checks';

type Node = {
  id: number;
  status: string;
  slotIndex: number | null;
  locked: boolean;
  beforeMeetingId: number | null;
  pair: string;
};

const closed = new Set(['geweigerd', 'geannuleerd']);

/** A meeting that cannot move any more: locked in its slot, or already held / missed. */
function fixedSlot(n: Node): number | null {
  if (n.slotIndex === null) return null;
  if (n.status === 'gehouden' || n.status === 'niet_opgedaagd') return n.slotIndex;
  return n.status === 'ingepland' && n.locked ? n.slotIndex : null;
}

function loadNodes(tx: Tx, eventId: number): Map<number, Node> {
  const people = new Map(
    tx
      .select({ id: eventParticipants.id, name: eventParticipants.displayName })
      .from(eventParticipants)
      .where(eq(eventParticipants.eventId, eventId))
      .all()
      .map((p) => [p.id, p.name]),
  );
  const rows = tx
    .select({
      id: eventMeetings.id,
      status: eventMeetings.status,
      slotIndex: eventMeetings.slotIndex,
      locked: eventMeetings.locked,
      beforeMeetingId: eventMeetings.beforeMeetingId,
      requesterId: eventMeetings.requesterId,
      targetId: eventMeetings.targetId,
    })
    .from(eventMeetings)
    .where(eq(eventMeetings.eventId, eventId))
    .all();
  return new Map(
    rows.map(({ requesterId, targetId, ...r }) => [
      r.id,
      { ...r, pair: `${people.get(requesterId) ?? ''} – ${people.get(targetId) ?? ''}` },
    ]),
  );
}

/**
 * Checks "meeting `id` comes before meeting `beforeId`" against the other precedences of the
 * event. Each meeting has at most one successor, so the precedences form chains: a cycle is
 * found by walking the chain from `beforeId`; a contradiction between fixed meetings by comparing
 * every fixed meeting that leads to `id` with every fixed one that follows `beforeId` (k steps
 * apart need at least k slots between them).
 */
export function checkPrecedence(tx: Tx, eventId: number, id: number, beforeId: number): void {
  const issue = (message: string): FieldIssue[] => [{ path: 'beforeMeetingId', message }];
  const nodes = loadNodes(tx, eventId);
  const self = nodes.get(id);
  const other = nodes.get(beforeId);
  if (!self || !other) throw invalid(issue('Kies een gesprek van hetzelfde evenement.'));
  if (id === beforeId) throw invalid(issue('Een gesprek kan niet vóór zichzelf komen.'));
  if (closed.has(other.status)) throw invalid(issue(`Het gesprek ${other.pair} is geweigerd of geannuleerd.`));

  // Forward from beforeId: the meetings that must come after `id` once this is set.
  const after: { node: Node; steps: number }[] = [];
  const seen = new Set<number>();
  for (
    let n: Node | undefined = other, steps = 1;
    n;
    n = n.beforeMeetingId === null ? undefined : nodes.get(n.beforeMeetingId), steps += 1
  ) {
    if (n.id === id) {
      throw invalid(
        issue(
          `Dit maakt een kring: ${other.pair} moet al (rechtstreeks of via andere gesprekken) vóór ${self.pair} komen, dus ${self.pair} kan niet ook vóór ${other.pair}.`,
        ),
      );
    }
    if (seen.has(n.id)) break;
    seen.add(n.id);
    after.push({ node: n, steps });
  }
  // Backward to id: the meetings whose chain reaches `id` (including itself), with their distance.
  const before: { node: Node; steps: number }[] = [{ node: self, steps: 0 }];
  for (let i = 0; i < before.length; i += 1) {
    const current = before[i];
    if (!current) break;
    for (const n of nodes.values()) {
      if (n.beforeMeetingId === current.node.id && n.id !== id) before.push({ node: n, steps: current.steps + 1 });
    }
    if (before.length > nodes.size) break;
  }
  const { slots } = loadLayout(tx, eventId);
  for (const a of before) {
    const sa = fixedSlot(a.node);
    if (sa === null) continue;
    for (const b of after) {
      const sb = fixedSlot(b.node);
      if (sb === null) continue;
      const need = a.steps + b.steps;
      if (sb - sa >= need) continue;
      throw invalid(
        issue(
          `${a.node.pair} staat vast om ${slotLabel(slots, sa)} en ${b.node.pair} om ${slotLabel(slots, sb)}: ` +
            `zo kan ${self.pair} niet vóór ${other.pair} komen. Ontgrendel of verplaats eerst een van beide.`,
        ),
      );
    }
  }
}
