/**
 * The B2B meeting scheduling benchmark (../shared/bench/b2b, JAIR 2022): every instance with d=2
 * under a time limit (B2B_TIME_LIMIT seconds, default 10; B2B_FILTER picks files by substring).
 * Per instance: status, breaks against reference_optima.csv, time and the independent checker's
 * verdict; then the totals the issue asks for. Prints figures, never asserts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findRepoRoot } from '../../electron/services/locations';
import { checkSchedule, parseDzn, solveSchedule } from '../../electron/services/scheduling';
import { line } from './util';

type Row = { file: string; status: string; breaks: number | null; reference: string; seconds: number; verdict: string };

export function benchDir(): string {
  return process.env.B2B_DIR ?? path.join(findRepoRoot(import.meta.dirname), '..', 'shared', 'bench', 'b2b');
}

export function referenceOptima(dir: string, d: number): Map<string, string> {
  const out = new Map<string, string>();
  const text = fs.readFileSync(path.join(dir, 'reference_optima.csv'), 'utf8');
  for (const row of text.split('\n').slice(1)) {
    const [file, fairness, optimum] = row.split(',');
    if (file && Number(fairness) === d && optimum !== undefined) out.set(file, optimum);
  }
  return out;
}

export async function runB2bBench(): Promise<void> {
  const dir = benchDir();
  if (!fs.existsSync(path.join(dir, 'instances'))) {
    line('B2B benchmark', `skipped: ${dir}/instances not found`);
    return;
  }
  const limit = Number(process.env.B2B_TIME_LIMIT ?? 10);
  const filter = process.env.B2B_FILTER ?? '';
  const reference = referenceOptima(dir, 2);
  const files = fs
    .readdirSync(path.join(dir, 'instances'))
    .filter((f) => f.endsWith('.dzn') && f.includes(filter))
    .sort();
  line('instances, time limit', `${files.length}, ${limit} s each, d=2`);
  const rows: Row[] = [];
  for (const file of files) {
    const problem = parseDzn(fs.readFileSync(path.join(dir, 'instances', file), 'utf8'), 2);
    const result = await solveSchedule(problem, { timeLimitMs: limit * 1000, seed: 1 });
    const hasSchedule = result.status === 'optimal' || result.status === 'feasible';
    let verdict = '-';
    if (hasSchedule) {
      const check = checkSchedule(problem, result.slotOf);
      verdict = !check.valid
        ? `INVALID ${check.violations[0]}`
        : check.breaks !== result.breaks
          ? `BREAKS ${check.breaks}`
          : 'valid';
    }
    const row: Row = {
      file,
      status: result.status,
      breaks: hasSchedule ? result.breaks : null,
      reference: reference.get(file) ?? '?',
      seconds: result.seconds,
      verdict,
    };
    rows.push(row);
    console.log(
      `  ${file.padEnd(34)} ${row.status.padEnd(10)} breaks ${String(row.breaks ?? '-').padStart(3)}  ref ${row.reference.padEnd(6)} ${row.seconds.toFixed(1).padStart(5)} s  ${verdict}`,
    );
  }
  summarise(rows);
}

function summarise(rows: Row[]): void {
  const unsat = rows.filter((r) => r.reference.startsWith('UNSAT'));
  const sat = rows.filter((r) => !r.reference.startsWith('UNSAT') && r.reference !== '?');
  const valid = sat.filter((r) => r.verdict === 'valid');
  const reported = unsat.filter((r) => r.status === 'infeasible');
  const optimum = sat.filter((r) => r.verdict === 'valid' && String(r.breaks) === r.reference);
  const proved = sat.filter((r) => r.status === 'optimal');
  const wrong = rows.filter(
    (r) =>
      r.verdict.startsWith('INVALID') ||
      r.verdict.startsWith('BREAKS') ||
      (r.status === 'infeasible' && !r.reference.startsWith('UNSAT')) ||
      (r.status === 'optimal' && String(r.breaks) !== r.reference) ||
      ((r.status === 'optimal' || r.status === 'feasible') && r.reference === 'UNSAT'),
  );
  const pct = (n: number, d: number) => `${n}/${d} (${d === 0 ? 0 : ((100 * n) / d).toFixed(1)}%)`;
  line('valid schedule, satisfiable instances', pct(valid.length, sat.length));
  line('infeasible correctly reported, unsatisfiable instances', pct(reported.length, unsat.length));
  line('reference optimum reached, satisfiable instances', pct(optimum.length, sat.length));
  line('  of which proved optimal by the solver', String(proved.length));
  line('optimum reached or infeasibility proved, all instances', pct(optimum.length + reported.length, rows.length));
  line(
    'wrong claims (invalid schedule, false optimal/infeasible)',
    wrong.length === 0 ? '0' : wrong.map((r) => r.file).join(', '),
  );
  line('max time per instance', `${Math.max(0, ...rows.map((r) => r.seconds)).toFixed(1)} s`);
  const missed = sat.filter((r) => !optimum.includes(r));
  if (missed.length > 0)
    line('  not at the optimum', missed.map((r) => `${r.file} ${r.breaks ?? '-'}/${r.reference}`).join(', '));
}
