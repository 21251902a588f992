import fs from 'node:fs';
import path from 'node:path';
import { copyDatabase } from '../../db/client';
import type { AppContext } from '../services/context';
import { createBackup, integrityProblems, restoreFromFile } from '../services/backup/backups';
import { checkDatabaseFile } from '../services/health/check';
import { networkSummary } from '../services/network/partners';
import { AppError } from '../services/errors';
import { generateDemoData } from '../services/demo/generate';
import type { Output } from './output';

export type CommandArgs = { positionals: string[]; out?: string };

function requireOpen(ctx: AppContext): void {
  const state = ctx.state();
  if (state.kind === 'damaged') {
    throw new AppError('DB_UNAVAILABLE', `De databank is beschadigd: ${state.problems.join('; ')}. Gebruik 'restore FILE'.`);
  }
}

export function seedCommand(ctx: AppContext, out: Output): void {
  requireOpen(ctx);
  const state = ctx.state();
  const seed = state.kind === 'open' ? state.seed : { inserted: 0, skipped: 0 };
  const summary = networkSummary(ctx);
  out.result(
    `Standaardnetwerk: ${seed.inserted} nieuw, ${seed.skipped} al aanwezig.\n` +
      `${summary.colleges} hogescholen, ${summary.expertiseGroups} expertisegroepen, ${summary.universities} universiteiten, ` +
      `${summary.federations} federaties, ${summary.themes} thema's, ${summary.provinces} provincies.`,
    { ok: true, seed, summary },
  );
}

export function backupCommand(ctx: AppContext, out: Output, args: CommandArgs): void {
  requireOpen(ctx);
  if (!args.out) {
    const info = createBackup(ctx, 'manual');
    out.result(`Back-up gemaakt: ${path.join(ctx.paths.backupsDir, info.name)} (${info.sizeBytes} bytes)`, {
      ok: true,
      file: path.join(ctx.paths.backupsDir, info.name),
      ...info,
    });
    return;
  }
  const target = path.resolve(args.out);
  if (fs.existsSync(target))
    throw new AppError('CONFLICT', `${target} bestaat al; kies een andere naam (er wordt niets overschreven).`);
  copyDatabase(ctx.sqlite(), target);
  const problems = integrityProblems(target);
  if (problems.length > 0) {
    fs.rmSync(target, { force: true });
    throw new AppError('INTERNAL', `De back-up is niet in orde: ${problems[0] ?? ''}`);
  }
  const sizeBytes = fs.statSync(target).size;
  out.result(`Back-up gemaakt: ${target} (${sizeBytes} bytes)`, { ok: true, file: target, sizeBytes });
}

export function restoreCommand(ctx: AppContext, out: Output, args: CommandArgs): void {
  const file = args.positionals[0];
  if (!file) throw new AppError('VALIDATION', 'Geef het bestand dat teruggezet moet worden: restore FILE');
  const result = restoreFromFile(ctx, path.resolve(file));
  out.result(
    `Teruggezet: ${file}.` +
      (result.safetyBackup ? ` De vorige databank staat in ${path.join(ctx.paths.backupsDir, result.safetyBackup)}.` : ''),
    { ok: true, ...result },
  );
}

export function checkCommand(ctx: AppContext, out: Output): boolean {
  const report = checkDatabaseFile(ctx.paths.databaseFile, ctx.migrationsFolder, ctx.nativeBinding);
  const lines = [
    `Databank: ${report.file}`,
    report.ok ? 'In orde: geen problemen gevonden.' : `${report.problems.length} probleem/problemen gevonden:`,
    ...report.problems.map((p) => `  - ${p}`),
    ...Object.entries(report.tables).map(([t, n]) => `  ${t}: ${n} rijen`),
  ];
  if (report.pendingMigrations) lines.push(`  ${report.pendingMigrations} migratie(s) nog niet toegepast.`);
  out.result(lines.join('\n'), report);
  return report.ok;
}

export type DemoArgs = { scale: string | undefined; seed: string | undefined; force: boolean };

/** `demo --scale N [--seed S] [--force]`: invented demo data; progress on stderr, the tally on stdout. */
export function demoCommand(ctx: AppContext, out: Output, args: DemoArgs): void {
  requireOpen(ctx);
  const scale = Number(args.scale ?? '100');
  const seed = Number(args.seed ?? '1');
  if (!Number.isInteger(seed) || seed < 0) throw new AppError('VALIDATION', '--seed moet een geheel getal van 0 of meer zijn.');
  const report = generateDemoData(ctx, { scale, seed, force: args.force, onProgress: out.log });
  out.result(
    `Demogegevens geschreven in ${report.seconds} s (seed ${report.seed}, rond ${report.today}):\n` +
      `  ${report.organisations} organisaties, ${report.contacts} contactpersonen, ${report.needs} hulpvragen\n` +
      `  ${report.timelineEntries} tijdlijnitems, ${report.intakes} intakes, ${report.trajects} trajecten (${report.collectiveTrajects} collectief)\n` +
      `  ${report.tasks} taken (${report.overdueTasks} te laat), ${report.experts} experts`,
    { ok: true, ...report },
  );
}
