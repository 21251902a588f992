/**
 * `schedule-b2b FILE.dzn [--fairness D] [--time-limit S] [--json]`: solves one instance of the
 * B2B benchmark (../shared/bench/b2b) without a database and prints
 * { status, breaks, time: [slot of meeting 1..M] (1-based as in the file), seconds }.
 * Exit codes: 0 solved (any status), 1 unreadable or malformed file, 2 wrong arguments.
 */
import fs from 'node:fs';
import { AppError } from '../services/errors';
import { parseDzn, solveSchedule } from '../services/scheduling';
import type { CliCommand } from './registry';
import type { Output } from './output';

const USAGE = `  schedule-b2b FILE.dzn [--fairness D] [--time-limit S] [--seed N]
                     een instantie van de B2B-benchmark plannen (standaard d=2, 10 s)`;

function usageError(out: Output, message: string): number {
  if (out.json) process.stdout.write(`${JSON.stringify({ ok: false, error: message }, null, 2)}\n`);
  process.stderr.write(`Fout: ${message}\n\nGebruik:\n${USAGE}\n`);
  return 2;
}

function wholeNumber(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value.trim())) return null;
  return Number(value);
}

export const scheduleB2bCommand: CliCommand = {
  name: 'schedule-b2b',
  usage: USAGE,
  options: {
    fairness: { type: 'string' },
    'time-limit': { type: 'string' },
    seed: { type: 'string' },
  },
  needsDatabase: false,
  run: async ({ out, values, positionals }) => {
    const file = positionals[0];
    if (!file) return usageError(out, 'Geef het instantiebestand: schedule-b2b FILE.dzn');
    if (positionals.length > 1) return usageError(out, `Eén bestand tegelijk, gekregen: ${positionals.join(', ')}`);
    const fairness = values.fairness === undefined ? 2 : wholeNumber(values.fairness);
    if (fairness === null || !Number.isInteger(fairness))
      return usageError(out, '--fairness moet een geheel getal zijn (0 of meer).');
    const seconds = values['time-limit'] === undefined ? 10 : wholeNumber(values['time-limit']);
    if (seconds === null || seconds <= 0) return usageError(out, '--time-limit moet een positief aantal seconden zijn.');
    const seed = values.seed === undefined ? 1 : wholeNumber(values.seed);
    if (seed === null) return usageError(out, '--seed moet een geheel getal zijn.');
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new AppError('NOT_FOUND', `Het bestand ${file} kan niet gelezen worden.`);
    }
    const problem = parseDzn(text, fairness);
    const result = await solveSchedule(problem, { timeLimitMs: seconds * 1000, seed });
    const time = result.slotOf.map((s) => (s === null ? 0 : s + 1));
    const data = {
      status: result.status,
      breaks: result.status === 'infeasible' || result.status === 'unknown' ? null : result.breaks,
      time: result.status === 'infeasible' || result.status === 'unknown' ? [] : time,
      seconds: Math.round(result.seconds * 1000) / 1000,
      ...(result.reasons.length > 0 ? { reasons: result.reasons } : {}),
    };
    const human =
      data.breaks === null
        ? `${result.status}: ${result.reasons.join(' ')} (${data.seconds} s)`
        : `${result.status}: ${data.breaks} onderbrekingen, ${result.placed} gesprekken geplaatst (${data.seconds} s)\ntijdsloten: ${time.join(' ')}`;
    out.result(human, data);
    return 0;
  },
};
