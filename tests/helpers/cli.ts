import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './db';

export type CliRun = { status: number | null; stdout: string; stderr: string };

/** Runs the real CLI entry point as a separate process, as `npm run cli` does. */
export function runCli(args: string[]): CliRun {
  const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
  const res = spawnSync(tsx, [path.join(repoRoot, 'electron', 'cli', 'index.ts'), ...args], {
    encoding: 'utf8',
    cwd: repoRoot,
    timeout: 60_000,
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}
