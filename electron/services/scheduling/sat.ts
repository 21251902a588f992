/**
 * The SAT solver behind the scheduler's proofs and neighbourhood steps: CaDiCaL (cadical-wasm,
 * WebAssembly) behind the small interface the encoders use. Measured on the same clauses as our
 * former JS CDCL (2 shared CPUs): forum-13crafb "<= 6 breaks" SAT in 6.4 s (ours: no answer in
 * 30 s), "<= 5" UNSAT 5.6 s (ours 17.7 s), tic-13crafc "<= 3" UNSAT 12.3 s (ours: none in 30 s),
 * ticf-14crafa "<= 0" 5.2 s (ours 10.7 s).
 *
 * The wasm module loads asynchronously, once per thread: `await loadSat()` before the first
 * solver (solveSchedule and the worker do). Literals are numbers: variable v (0-based) is 2v
 * (true) / 2v+1 (false); CaDiCaL's are v+1 / -(v+1). The solvers of one solve live on the shared
 * wasm heap; releaseSolvers() frees them all at its end.
 */
import { Cadical, loadCadical, type CadicalModule } from 'cadical-wasm';
import { satSeed } from './peer';

export type SatAnswer = 'sat' | 'unsat' | 'unknown';

export const pos = (v: number) => v << 1;
export const neg = (v: number) => (v << 1) | 1;
const external = (l: number) => (l & 1 ? -((l >> 1) + 1) : (l >> 1) + 1);

/**
 * Thrown while a formula is being built when the solver's interrupt check says the time is up:
 * large encodings (counters over thousands of inputs) would otherwise overrun the time limit.
 */
export class Interrupted extends Error {
  constructor() {
    super('SAT encoding interrupted');
  }
}

let wasm: CadicalModule | null = null;
let loading: Promise<void> | null = null;

/** Loads the wasm module (once per thread; later calls return the same promise). */
export function loadSat(): Promise<void> {
  loading ??= loadCadical().then((m) => {
    wasm = m;
  });
  return loading;
}

const live = new Set<SatSolver>();

/** Frees the native memory of every solver still alive (called at the end of a solve). */
export function releaseSolvers(): void {
  for (const s of live) s.dispose();
  live.clear();
}

export class SatSolver {
  private readonly c: Cadical;
  private numVars = 0;
  private declared = 0;
  private added = 0;
  private stop: () => boolean = () => false;

  /** interrupt: polled while variables and clauses are added; when true, building throws Interrupted. */
  constructor(private readonly interrupt: (() => boolean) | null = null) {
    if (wasm === null) throw new Error('SAT solver not loaded: await loadSat() first');
    this.c = new Cadical(wasm, satSeed() > 0 ? { quiet: true, seed: satSeed() } : { quiet: true });
    this.c.setTerminate(() => this.stop());
    live.add(this);
  }

  private poll(): void {
    if (this.interrupt !== null && this.interrupt()) throw new Interrupted();
  }

  newVar(): number {
    if ((this.numVars & 2047) === 2047) this.poll();
    return this.numVars++;
  }

  get vars(): number {
    return this.numVars;
  }

  /** Adds a clause (before solving or between solves). */
  addClause(lits: number[]): void {
    if ((++this.added & 8191) === 0) this.poll();
    this.c.addClause(lits.map(external));
  }

  /**
   * Solves under the clauses and, for this call only, the assumed literals; 'unknown' when
   * stop() says so first (CaDiCaL polls it through its terminate callback).
   */
  solve(stop: () => boolean, assumptions: number[] = []): SatAnswer {
    if (stop()) return 'unknown';
    // Variables no clause mentions still need to exist for valueOf.
    if (this.declared < this.numVars) this.declared = this.c.ensureVars(this.numVars);
    this.stop = stop;
    const answer = this.c.solve(assumptions.length > 0 ? { assumptions: assumptions.map(external) } : {});
    this.stop = () => false;
    return answer === 'satisfiable' ? 'sat' : answer === 'unsatisfiable' ? 'unsat' : 'unknown';
  }

  /** After 'unsat' under assumptions: the assumed literals the refutation used (a core). */
  failed(lit: number): boolean {
    return this.c.failed(external(lit));
  }

  /** The value tried first for v (e.g. from a known schedule). */
  setPhase(v: number, value: boolean): void {
    this.c.phase(value ? v + 1 : -(v + 1));
  }

  /** Value of variable v in the last 'sat' answer. */
  valueOf(v: number): boolean {
    return this.c.value(v + 1);
  }

  dispose(): void {
    this.c.dispose();
    live.delete(this);
  }
}
