/**
 * Domain propagation over the required meetings: precedences (bounds), a participant's fixed
 * meeting blocks its slot for its other meetings, a slot whose tables are all taken by fixed
 * meetings is closed to the rest. Used both to explain infeasibility and to shrink the search.
 */
import type { Model } from './model';

export type Propagation = { ok: true; domain: Uint8Array } | { ok: false; meeting: number; cause: 'precedence' | 'clash' };

function bounds(domain: Uint8Array, m: number, T: number): [number, number] {
  let lo = -1;
  let hi = -1;
  for (let t = 0; t < T; t++) {
    if (domain[m * T + t]) {
      if (lo < 0) lo = t;
      hi = t;
    }
  }
  return [lo, hi];
}

function size(domain: Uint8Array, m: number, T: number): number {
  let n = 0;
  for (let t = 0; t < T; t++) n += domain[m * T + t]!;
  return n;
}

export function propagate(model: Model, initial: Uint8Array = model.domain): Propagation {
  const { T, M } = model;
  const domain = initial.slice();
  let changed = true;
  const singletonSeen = new Uint8Array(M);
  while (changed) {
    changed = false;
    for (let j = 0; j < M; j++) {
      if (!model.required[j]) continue;
      for (const i of model.before[j]!) {
        if (!model.required[i]) continue;
        const [loI] = bounds(domain, i, T);
        const [, hiJ] = bounds(domain, j, T);
        for (let t = 0; t <= loI && t < T; t++)
          if (domain[j * T + t]) {
            domain[j * T + t] = 0;
            changed = true;
          }
        for (let t = Math.max(hiJ, 0); t < T; t++)
          if (domain[i * T + t]) {
            domain[i * T + t] = 0;
            changed = true;
          }
        if (size(domain, j, T) === 0) return { ok: false, meeting: j, cause: 'precedence' };
        if (size(domain, i, T) === 0) return { ok: false, meeting: i, cause: 'precedence' };
      }
    }
    for (let m = 0; m < M; m++) {
      if (!model.required[m] || singletonSeen[m] || size(domain, m, T) !== 1) continue;
      singletonSeen[m] = 1;
      const [t] = bounds(domain, m, T);
      for (const p of [model.a[m]!, model.b[m]!]) {
        for (const o of model.meetingsOf[p]!) {
          if (o === m || !model.required[o] || !domain[o * T + t]) continue;
          domain[o * T + t] = 0;
          changed = true;
          if (size(domain, o, T) === 0) return { ok: false, meeting: o, cause: 'clash' };
        }
      }
    }
    for (let t = 0; t < T; t++) {
      let fixedHere = 0;
      for (let m = 0; m < M; m++) if (model.required[m] && domain[m * T + t] && size(domain, m, T) === 1) fixedHere++;
      if (fixedHere < model.L) continue;
      for (let m = 0; m < M; m++) {
        if (!model.required[m] || !domain[m * T + t] || size(domain, m, T) === 1) continue;
        domain[m * T + t] = 0;
        changed = true;
        if (size(domain, m, T) === 0) return { ok: false, meeting: m, cause: 'clash' };
      }
    }
  }
  return { ok: true, domain };
}
