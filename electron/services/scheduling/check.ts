/**
 * An independent checker, written from the benchmark README's definition and sharing no solver
 * code: it verifies hard constraints 1–7 for a schedule and recomputes every participant's breaks.
 * Works on the ScheduleProblem (0-based) with `slotOf` per meeting (null = not placed, only
 * allowed for optional meetings).
 */
import type { ScheduleProblem } from './types';

export type CheckResult = { valid: boolean; violations: string[]; breaks: number; breaksPerParticipant: number[] };

export function checkSchedule(problem: ScheduleProblem, slotOf: (number | null)[]): CheckResult {
  const violations: string[] = [];
  const T = problem.slots;
  if (slotOf.length !== problem.meetings.length)
    violations.push(`expected ${problem.meetings.length} slots, got ${slotOf.length}`);
  const perParticipant: number[][] = Array.from({ length: problem.participants }, () => []);
  const perSlot = new Map<number, number>();
  problem.meetings.forEach((meeting, m) => {
    const t = slotOf[m];
    if (t === null || t === undefined) {
      if (meeting.required || meeting.fixedSlot !== undefined) violations.push(`meeting ${m}: required but not placed`);
      return;
    }
    if (!Number.isInteger(t) || t < 0 || t >= T) {
      violations.push(`meeting ${m}: slot ${t} out of range`);
      return;
    }
    perParticipant[meeting.a]!.push(t);
    perParticipant[meeting.b]!.push(t);
    perSlot.set(t, (perSlot.get(t) ?? 0) + 1);
    if (meeting.allowedSlots && !meeting.allowedSlots.includes(t))
      violations.push(`meeting ${m}: slot ${t} outside its session (3)`);
    for (const p of [meeting.a, meeting.b])
      if ((problem.forbidden[p] ?? []).includes(t)) violations.push(`meeting ${m}: slot ${t} forbidden for participant ${p} (4)`);
    if (meeting.fixedSlot !== undefined && meeting.fixedSlot !== t)
      violations.push(`meeting ${m}: fixed to ${meeting.fixedSlot} but placed in ${t} (5)`);
  });
  perParticipant.forEach((slots, p) => {
    const sorted = [...slots].sort((x, y) => x - y);
    for (let i = 1; i < sorted.length; i++)
      if (sorted[i] === sorted[i - 1]) violations.push(`participant ${p}: two meetings in slot ${sorted[i]} (1)`);
  });
  for (const [t, n] of perSlot)
    if (n > problem.tables) violations.push(`slot ${t}: ${n} meetings for ${problem.tables} tables (2)`);
  for (const [i, j] of problem.precedences) {
    const si = slotOf[i];
    const sj = slotOf[j];
    if (si === null || si === undefined || sj === null || sj === undefined) continue;
    if (!(si < sj)) violations.push(`precedence: meeting ${i} (slot ${si}) must be before meeting ${j} (slot ${sj}) (6)`);
  }
  const breaksPerParticipant = perParticipant.map((slots) => {
    const distinct = [...new Set(slots)].sort((x, y) => x - y);
    let h = 0;
    for (let i = 1; i < distinct.length; i++) if (distinct[i]! - distinct[i - 1]! > 1) h++;
    return h;
  });
  const breaks = breaksPerParticipant.reduce((s, h) => s + h, 0);
  if (problem.fairness !== null && breaksPerParticipant.length > 0) {
    const min = Math.min(...breaksPerParticipant);
    breaksPerParticipant.forEach((h, p) => {
      if (h - min > problem.fairness!)
        violations.push(`participant ${p}: ${h} breaks, more than ${problem.fairness} above the minimum ${min} (7)`);
    });
  }
  return { valid: violations.length === 0, violations, breaks, breaksPerParticipant };
}
