/**
 * The local-search state: a slot per meeting (-1 = not placed) with incrementally maintained
 * counters, so one move costs O(slots) (the two participants' breaks are recounted).
 */
import { breaksOfRow, type Model } from './model';

export class ScheduleState {
  readonly slot: Int32Array;
  readonly occ: Int32Array;
  readonly count: Int32Array;
  readonly H: Int32Array;
  clash = 0;
  overflow = 0;
  prec = 0;
  breaks = 0;
  fairExcess = 0;
  unplacedRequired = 0;
  unplacedWeight = 0;
  placed = 0;
  private readonly fairLimit: number;

  constructor(readonly model: Model) {
    this.slot = new Int32Array(model.M).fill(-1);
    this.occ = new Int32Array(model.P * model.T);
    this.count = new Int32Array(model.T);
    this.H = new Int32Array(model.P);
    this.fairLimit = model.fairness ?? Infinity;
    for (let m = 0; m < model.M; m++) {
      if (model.required[m]) this.unplacedRequired++;
      else this.unplacedWeight += model.weight[m]!;
    }
  }

  /** Violations of hard constraints (0 = a valid schedule for everything placed). */
  hard(): number {
    return this.clash + this.overflow + this.prec + this.fairExcess + this.unplacedRequired;
  }

  private precOf(m: number): number {
    const s = this.slot[m]!;
    if (s < 0) return 0;
    let v = 0;
    for (const i of this.model.before[m]!) if (this.slot[i]! >= 0 && this.slot[i]! >= s) v++;
    for (const j of this.model.after[m]!) if (this.slot[j]! >= 0 && this.slot[j]! <= s) v++;
    return v;
  }

  private recount(p: number): void {
    const old = this.H[p]!;
    const next = breaksOfRow(this.occ, p * this.model.T, this.model.T);
    if (old === next) return;
    this.breaks += next - old;
    this.fairExcess += Math.max(0, next - this.fairLimit) - Math.max(0, old - this.fairLimit);
    this.H[p] = next;
  }

  private occupy(p: number, t: number, delta: 1 | -1): void {
    const i = p * this.model.T + t;
    const before = this.occ[i]!;
    const after = before + delta;
    this.occ[i] = after;
    this.clash += Math.max(0, after - 1) - Math.max(0, before - 1);
  }

  /** Moves meeting m to slot t (-1 = take it out of the schedule). */
  move(m: number, t: number): void {
    const s = this.slot[m]!;
    if (s === t) return;
    const model = this.model;
    const a = model.a[m]!;
    const b = model.b[m]!;
    this.prec -= this.precOf(m);
    if (s >= 0) {
      this.occupy(a, s, -1);
      this.occupy(b, s, -1);
      const c = this.count[s]!;
      this.count[s] = c - 1;
      if (c > model.L) this.overflow--;
      this.placed--;
    } else if (model.required[m]) this.unplacedRequired--;
    else this.unplacedWeight -= model.weight[m]!;
    this.slot[m] = t;
    if (t >= 0) {
      this.occupy(a, t, 1);
      this.occupy(b, t, 1);
      const c = this.count[t]! + 1;
      this.count[t] = c;
      if (c > model.L) this.overflow++;
      this.placed++;
    } else if (model.required[m]) this.unplacedRequired++;
    else this.unplacedWeight += model.weight[m]!;
    this.prec += this.precOf(m);
    this.recount(a);
    this.recount(b);
  }

  /** The meeting of participant p in slot t other than `except`, or -1. */
  meetingAt(p: number, t: number, except: number): number {
    for (const o of this.model.meetingsOf[p]!) if (o !== except && this.slot[o] === t) return o;
    return -1;
  }
}
