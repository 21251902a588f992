/**
 * The solver's internal view of a ScheduleProblem: per meeting the slots it may use (session,
 * allowed slots, both participants' forbidden slots and its fixed slot folded into one domain),
 * per participant its meetings, and the precedence lists. Built once per solve.
 */
import type { ScheduleProblem } from './types';

export type Model = {
  T: number;
  L: number;
  P: number;
  M: number;
  a: Int32Array;
  b: Int32Array;
  weight: Float64Array;
  required: Uint8Array;
  /** Fixed slot per meeting, -1 when free. */
  fixed: Int32Array;
  /** domain[m * T + t] = 1 when meeting m may take place in slot t. */
  domain: Uint8Array;
  /** The slots of each meeting's domain, in increasing order. */
  domainList: number[][];
  meetingsOf: number[][];
  /** before[m]: meetings that must take place earlier than m; after[m]: later. */
  before: number[][];
  after: number[][];
  maxMeetings: number[];
  fairness: number | null;
};

export function buildModel(problem: ScheduleProblem): Model {
  const T = problem.slots;
  const P = problem.participants;
  const M = problem.meetings.length;
  const a = new Int32Array(M);
  const b = new Int32Array(M);
  const weight = new Float64Array(M);
  const required = new Uint8Array(M);
  const fixed = new Int32Array(M).fill(-1);
  const domain = new Uint8Array(M * T);
  const forbidden: Uint8Array[] = [];
  for (let p = 0; p < P; p++) {
    const row = new Uint8Array(T);
    for (const t of problem.forbidden[p] ?? []) if (t >= 0 && t < T) row[t] = 1;
    forbidden.push(row);
  }
  const meetingsOf: number[][] = Array.from({ length: P }, () => []);
  const domainList: number[][] = [];
  problem.meetings.forEach((meeting, m) => {
    a[m] = meeting.a;
    b[m] = meeting.b;
    weight[m] = meeting.weight;
    // A locked meeting stays, so it counts as required whatever the request said.
    required[m] = meeting.required || meeting.fixedSlot !== undefined ? 1 : 0;
    meetingsOf[meeting.a]?.push(m);
    if (meeting.b !== meeting.a) meetingsOf[meeting.b]?.push(m);
    const allowed = new Uint8Array(T);
    if (meeting.allowedSlots) for (const t of meeting.allowedSlots) if (t >= 0 && t < T) allowed[t] = 1;
    const list: number[] = [];
    for (let t = 0; t < T; t++) {
      const ok =
        (!meeting.allowedSlots || allowed[t] === 1) &&
        forbidden[meeting.a]?.[t] !== 1 &&
        forbidden[meeting.b]?.[t] !== 1 &&
        (meeting.fixedSlot === undefined || meeting.fixedSlot === t);
      if (ok) {
        domain[m * T + t] = 1;
        list.push(t);
      }
    }
    if (meeting.fixedSlot !== undefined) fixed[m] = meeting.fixedSlot;
    domainList.push(list);
  });
  const before: number[][] = Array.from({ length: M }, () => []);
  const after: number[][] = Array.from({ length: M }, () => []);
  for (const [i, j] of problem.precedences) {
    if (i < 0 || j < 0 || i >= M || j >= M) continue;
    before[j]!.push(i);
    after[i]!.push(j);
  }
  const maxMeetings = Array.from({ length: P }, (_, p) => {
    const cap = problem.maxMeetings?.[p];
    return cap === null || cap === undefined ? T : Math.min(cap, T);
  });
  return {
    T,
    L: problem.tables,
    P,
    M,
    a,
    b,
    weight,
    required,
    fixed,
    domain,
    domainList,
    meetingsOf,
    before,
    after,
    maxMeetings,
    fairness: problem.fairness,
  };
}

/** Breaks of one participant from its per-slot occupancy: idle runs between its first and last meeting. */
export function breaksOfRow(occ: Int32Array | Uint8Array, offset: number, T: number): number {
  let breaks = 0;
  let seen = false;
  let gap = false;
  for (let t = 0; t < T; t++) {
    if (occ[offset + t]! > 0) {
      if (seen && gap) breaks++;
      seen = true;
      gap = false;
    } else if (seen) gap = true;
  }
  return breaks;
}
