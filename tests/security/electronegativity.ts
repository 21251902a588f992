/**
 * Runs Electronegativity over the project (sources and the built output) offline, and fails on any
 * HIGH or MEDIUM finding. The tool exits 0 whatever it finds, so its reports are read here: SARIF
 * for the findings and whether they are confirmed or ask for review, CSV for their severity.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import Papa from 'papaparse';

type SarifResult = {
  ruleId: string;
  level: 'note' | 'warning' | 'error';
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
};
type Reviewed = { reviewed: { rule: string; files: string[]; why: string }[] };

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const electronVersion = (require('electron/package.json') as { version: string }).version;
const bin = path.join(root, 'node_modules', '.bin', 'electronegativity');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'electronegativity-'));

function run(output: string): void {
  const res = spawnSync(bin, ['-i', root, '-r', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', output], {
    encoding: 'utf8',
    cwd: root,
  });
  if (res.status !== 0 || !fs.existsSync(output)) {
    console.error(res.stdout, res.stderr);
    throw new Error(`Electronegativity liep niet (${res.status ?? 'signaal'})`);
  }
}

const sarifFile = path.join(dir, 'electronegativity.sarif');
const csvFile = path.join(dir, 'electronegativity.csv');
run(sarifFile);
run(csvFile);

const sarif = JSON.parse(fs.readFileSync(sarifFile, 'utf8')) as { runs: { results: SarifResult[] }[] };
const severities = new Map<string, string>();
// The CSV's sample column holds multi-line code, so it needs a real CSV parser.
const rows = Papa.parse<string[]>(fs.readFileSync(csvFile, 'utf8'), { skipEmptyLines: true }).data.slice(1);
for (const [id, severity, , file, location] of rows) {
  if (!id || !severity || !file) continue;
  severities.set(`${id}|${file}|${(location ?? '').split(':')[0] ?? ''}`, severity);
}

const reviewed = (JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'reviewed.json'), 'utf8')) as Reviewed).reviewed;
const failures: string[] = [];
const results = sarif.runs.flatMap((r) => r.results);
for (const result of results) {
  const location = result.locations[0]?.physicalLocation;
  const file = location?.artifactLocation.uri ?? '?';
  const line = location?.region?.startLine ?? '';
  const severity =
    severities.get(`${result.ruleId}|${file}|${line}`) ??
    [...severities.entries()].find(([k]) => k.startsWith(`${result.ruleId}|${file}|`))?.[1] ??
    'UNKNOWN';
  const serious = severity === 'HIGH' || severity === 'MEDIUM' || severity === 'UNKNOWN';
  const accepted = result.level === 'note' && reviewed.some((r) => r.rule === result.ruleId && r.files.includes(file));
  const verdict = !serious ? 'ok (laag)' : accepted ? 'nagekeken' : 'FOUT';
  console.log(`${verdict.padEnd(10)} ${severity.padEnd(13)} ${result.ruleId} ${file}:${line} — ${result.message.text}`);
  if (serious && !accepted) failures.push(`${result.ruleId} (${severity}) in ${file}:${line}`);
}

console.log(`SARIF: ${sarifFile} (${results.length} bevindingen)`);
if (failures.length > 0) {
  console.error(`Electronegativity: ${failures.length} ernstige bevinding(en):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('Electronegativity: geen bevindingen van ernst HIGH of MEDIUM.');
