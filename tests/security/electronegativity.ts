/**
 * Runs Electronegativity over the project (sources and the built output) and fails on any HIGH or
 * MEDIUM finding that is not a reviewed manual-review note (reviewed.json).
 *
 * The scan goes through the package's programmatic API rather than its CLI: the CLI builds its
 * option flags from translations it first tries to download, so on a machine with a different
 * network the same command line could mean something else. Here the options are passed as data,
 * the findings come back with their own severity and review flag (no joining of two report files),
 * and the check that downloads Electron's release list is always left out (offline, and a result
 * that would change from day to day).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

type Issue = {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
  manualReview: boolean;
};
type Result = { issues: Issue[]; errors: { file: string; message: string; tolerable: boolean }[] };
type RunOptions = {
  input: string;
  output: string;
  isSarif: boolean;
  customScan: string[];
  excludeFromScan: string[];
  isRelative: boolean;
  isVerbose: boolean;
  electronVersionOverride: string;
  parserPlugins: string[];
};
type Reviewed = { reviewed: { rule: string; files: string[]; why: string }[] };

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const electronVersion = (require('electron/package.json') as { version: string }).version;
const electronegativity = require('@doyensec/electronegativity') as (o: RunOptions, forCli?: boolean) => Promise<Result>;

// The package asks for translations of $LANG first; pin the locale it ships with.
process.env.LANG = 'en-US';

const sarifFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'electronegativity-')), 'electronegativity.sarif');
let result: Result;
try {
  result = await electronegativity({
    input: root,
    output: sarifFile,
    isSarif: true,
    customScan: [],
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    isRelative: true,
    isVerbose: true,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
} catch (e) {
  console.error('Electronegativity liep niet:', e);
  process.exit(1);
}

for (const error of result.errors)
  console.log(`${error.tolerable ? 'let op' : 'niet gelezen'}: ${error.file} — ${error.message}`);

const reviewed = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'reviewed.json'), 'utf8')) as Reviewed).reviewed;
const failures: string[] = [];
for (const issue of result.issues) {
  const severity = issue.severity.name;
  const where = `${issue.file}:${issue.location.line}`;
  const serious = severity === 'HIGH' || severity === 'MEDIUM';
  const accepted = issue.manualReview && reviewed.some((r) => r.rule === issue.id && r.files.includes(issue.file));
  const verdict = !serious ? 'ok (laag)' : accepted ? 'nagekeken' : 'FOUT';
  console.log(`${verdict.padEnd(10)} ${severity.padEnd(13)} ${issue.id} ${where} — ${issue.description}`);
  if (serious && !accepted) failures.push(`${issue.id} (${severity}${issue.manualReview ? ', na te kijken' : ''}) in ${where}`);
}

console.log(`SARIF: ${sarifFile} (${result.issues.length} bevindingen)`);
if (failures.length > 0) {
  console.error(`Electronegativity: ${failures.length} ernstige bevinding(en):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('Electronegativity: geen bevindingen van ernst HIGH of MEDIUM.');
