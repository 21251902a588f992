/**
 * `npm test`: typecheck, lint, build, the Electron security scan, then the unit, integration and
 * end-to-end suites in one vitest run. Every stage runs even when an earlier one failed, so one
 * run shows everything; the last line sums all of them as `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

type Stage = { name: string; passed: number; failed: number; seconds: number; tail?: string[] };
const stages: Stage[] = [];

function run(command: string, args: string[]): boolean {
  const res = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return res.status === 0;
}

/**
 * Runs one stage and echoes its output; a failing stage's last lines are repeated in the summary,
 * so a CI log that keeps only its end still says why.
 */
function stage(name: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${name} ===`);
  const start = Date.now();
  const res = spawnSync(command, args, { cwd: root, env: process.env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const output = `${res.stdout ?? ''}${res.stderr ?? ''}${res.error ? `\n${res.error.message}` : ''}`;
  process.stdout.write(output.endsWith('\n') || output === '' ? output : `${output}\n`);
  const ok = res.status === 0;
  const tail = ok
    ? undefined
    : output
        .split('\n')
        .filter((l) => l.trim() !== '')
        .slice(-8);
  stages.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (Date.now() - start) / 1000, tail });
  return ok;
}

/** The tests load better-sqlite3 in Node: if something rebuilt it for Electron, rebuild it back. */
function ensureNodeBinding(): void {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
    encoding: 'utf8',
  });
  if (probe.status === 0) return;
  console.log('better-sqlite3 is niet gebouwd voor Node; opnieuw bouwen...');
  run('npm', ['rebuild', 'better-sqlite3', '--foreground-scripts']);
}

ensureNodeBinding();
stage('typecheck', bin('tsc'), ['--noEmit', '-p', 'tsconfig.node.json']);
stage('typecheck (renderer)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.web.json']);
stage('lint', bin('eslint'), ['.', '--max-warnings=0']);
stage('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
const built = stage('build', bin('electron-vite'), ['build', '--config', 'electron.config.ts']);
stage('security (electronegativity)', bin('tsx'), ['tests/security/electronegativity.ts']);

console.log('\n=== unit, integration, e2e (vitest) ===');
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'blikopener-vitest-')), 'report.json');
const start = Date.now();
const projects = built ? [] : ['--project', 'unit', '--project', 'integration'];
const vitestOk = run(bin('vitest'), ['run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
    testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
  };
  const failed = r.numFailedTests + (vitestOk || r.numFailedTests > 0 ? 0 : 1);
  const tail = r.testResults.flatMap((f) =>
    f.assertionResults.filter((a) => a.status === 'failed').map((a) => `${path.relative(root, f.name)}: ${a.fullName}`),
  );
  stages.push({ name: 'vitest', passed: r.numPassedTests, failed, seconds: (Date.now() - start) / 1000, tail });
} else {
  stages.push({ name: 'vitest', passed: 0, failed: 1, seconds: (Date.now() - start) / 1000 });
}
if (!built) stages.push({ name: 'e2e (niet uitgevoerd: build mislukt)', passed: 0, failed: 1, seconds: 0 });

console.log('\n=== samenvatting ===');
for (const s of stages) {
  console.log(
    `${s.failed === 0 ? 'ok  ' : 'FOUT'} ${s.name}: ${s.passed} geslaagd, ${s.failed} mislukt (${s.seconds.toFixed(1)} s)`,
  );
  for (const line of s.tail ?? []) console.log(`       | ${line}`);
}
const passed = stages.reduce((n, s) => n + s.passed, 0);
const failed = stages.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
