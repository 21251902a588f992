/**
 * The two threads of one solve (worker/portfolio.ts) share their proven lower bounds and the
 * breaks of their best complete schedules through one Int32Array over a SharedArrayBuffer, so
 * that a bound one thread proves and a schedule the other finds together prove the optimum, and
 * both stop then. Both threads solve the same model and domain, so each bound holds for both.
 * Module state per thread: without setPeer (one thread, the tests) every function is neutral.
 */
const LOWER = 0;
const BEST = 2;
const STOP = 4;
export const PEER_SLOTS = 5;

let shared: Int32Array | null = null;
let self = 0;
let seed = 0;

/** index: 0 = the thread that returns the result, 1 = the helper. */
export function setPeer(buffer: SharedArrayBuffer | null, index: 0 | 1, satSeed = 0): void {
  shared = buffer ? new Int32Array(buffer) : null;
  self = index;
  seed = satSeed;
}

export function newPeerBuffer(): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(PEER_SLOTS * 4);
  const view = new Int32Array(buffer);
  view[BEST] = view[BEST + 1] = 0x7fffffff;
  return buffer;
}

/** CaDiCaL's random seed in this thread (the helper searches differently on the same formula). */
export function satSeed(): number {
  return seed;
}

/** The best lower bound on the total breaks proven by either thread. */
export function sharedLowerBound(): number {
  return shared ? Math.max(Atomics.load(shared, LOWER), Atomics.load(shared, LOWER + 1)) : 0;
}

/** The fewest breaks of a complete schedule either thread holds (Infinity: none). */
export function sharedBest(): number {
  if (!shared) return Infinity;
  const best = Math.min(Atomics.load(shared, BEST), Atomics.load(shared, BEST + 1));
  return best === 0x7fffffff ? Infinity : best;
}

export function publishLowerBound(k: number): void {
  if (shared && k > Atomics.load(shared, LOWER + self)) Atomics.store(shared, LOWER + self, k);
}

export function publishBest(breaks: number): void {
  if (shared && breaks < Atomics.load(shared, BEST + self)) Atomics.store(shared, BEST + self, breaks);
}

/** Solved between the two (a schedule meets a proven bound), or the other thread ended the solve. */
export function peerDone(): boolean {
  if (!shared) return false;
  return Atomics.load(shared, STOP) === 1 || sharedBest() <= sharedLowerBound();
}

/** Asks the other thread to stop (this one has a proof, e.g. infeasibility, or is finished). */
export function stopPeer(buffer: SharedArrayBuffer): void {
  Atomics.store(new Int32Array(buffer), STOP, 1);
}
