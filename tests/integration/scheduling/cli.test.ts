import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli';
import { repoRoot, tempDir } from '../../helpers/db';
import { checkSchedule, parseDzn } from '../../../electron/services/scheduling';

const instance = path.join(repoRoot, '..', 'shared', 'bench', 'b2b', 'instances', 'tic-12.original.dzn');

describe('schedule-b2b (CLI)', () => {
  it.skipIf(!fs.existsSync(instance))('prints status, breaks, 1-based slots and seconds as JSON', () => {
    const run = runCli(['schedule-b2b', instance, '--fairness', '2', '--time-limit', '5', '--json']);
    expect(run.status).toBe(0);
    const data = JSON.parse(run.stdout) as { status: string; breaks: number; time: number[]; seconds: number };
    expect(['optimal', 'feasible']).toContain(data.status);
    expect(data.time).toHaveLength(125);
    expect(Math.min(...data.time)).toBeGreaterThanOrEqual(1);
    expect(data.seconds).toBeLessThan(10);
    const problem = parseDzn(fs.readFileSync(instance, 'utf8'), 2);
    const check = checkSchedule(
      problem,
      data.time.map((t) => t - 1),
    );
    expect(check.valid).toBe(true);
    expect(check.breaks).toBe(data.breaks);
  });

  it('exits 2 with usage on missing or wrong arguments', () => {
    const missing = runCli(['schedule-b2b']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Geef het instantiebestand/);
    const bad = runCli(['schedule-b2b', instance, '--time-limit', 'lang']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--time-limit moet een positief aantal seconden zijn/);
  });

  it('exits 1 with a clear message for a malformed or missing file', () => {
    const file = path.join(tempDir(), 'kapot.dzn');
    fs.writeFileSync(file, 'nBusiness = 3;\nnMeetings = twee;\n');
    const run = runCli(['schedule-b2b', file, '--json']);
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as { error: string }).error).toMatch(/Regel 2, veld "nMeetings"/);
    const gone = runCli(['schedule-b2b', path.join(tempDir(), 'bestaat-niet.dzn')]);
    expect(gone.status).toBe(1);
    expect(gone.stderr).toMatch(/kan niet gelezen worden/);
  });
});
