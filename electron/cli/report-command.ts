import path from 'node:path';
import { reportKindValues, type ReportKindValue } from '../api/contract/reports';
import { dateField } from '../api/contract/rules/fields';
import { AppError } from '../services/errors';
import { computeKpis } from '../services/reports/kpis';
import { buildReportFile } from '../services/reports/runs';
import type { CliCommand } from './registry';

function dateOption(value: unknown, name: string): string {
  const parsed = dateField.safeParse(value);
  if (!parsed.success)
    throw new AppError('VALIDATION', `--${name} moet een datum JJJJ-MM-DD zijn.`, {
      issues: [{ path: name, message: 'Geef een datum JJJJ-MM-DD.' }],
    });
  return parsed.data;
}

/** `report vlaio|network|event --from --to [--event ID] [--pseudonymised] --out FILE.xlsx [--json]`. */
export const reportCommand: CliCommand = {
  name: 'report',
  usage:
    'report vlaio|network|event --from JJJJ-MM-DD --to JJJJ-MM-DD [--event ID] [--pseudonymised] --out BESTAND.xlsx [--json]',
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    event: { type: 'string' },
    pseudonymised: { type: 'boolean', default: false },
    out: { type: 'string' },
  },
  needsDatabase: true,
  run: async ({ ctx, out, values, positionals }) => {
    if (!ctx) throw new AppError('DB_UNAVAILABLE', 'Geen databank geopend.');
    const kind = positionals[0];
    if (!reportKindValues.includes(kind as ReportKindValue))
      throw new AppError('VALIDATION', `Kies het rapport: ${reportKindValues.join(', ')}.`);
    const from = dateOption(values.from, 'from');
    const to = dateOption(values.to, 'to');
    if (typeof values.out !== 'string' || !values.out.toLowerCase().endsWith('.xlsx'))
      throw new AppError('VALIDATION', 'Geef het doelbestand met --out BESTAND.xlsx.');
    const eventId = values.event === undefined ? undefined : Number(values.event);
    if (eventId !== undefined && (!Number.isInteger(eventId) || eventId <= 0))
      throw new AppError('VALIDATION', '--event moet het nummer van een evenement zijn.');
    const target = path.resolve(values.out);
    const started = performance.now();
    out.log(`Rapport ${kind} ${from} tot ${to} maken…`);
    const { run, empty } = await buildReportFile(
      ctx,
      {
        kind: kind as ReportKindValue,
        from,
        to,
        pseudonymised: values.pseudonymised === true,
        ...(eventId !== undefined ? { eventId } : {}),
      },
      target,
    );
    const seconds = (performance.now() - started) / 1000;
    const kpis = kind === 'vlaio' ? run.figures : computeKpis(ctx, { from, to });
    out.result(`${target} geschreven in ${seconds.toFixed(1)} s${empty ? ' (geen activiteit in deze periode)' : ''}.`, {
      ok: true,
      file: target,
      runId: run.id,
      kind,
      from,
      to,
      eventId: eventId ?? null,
      pseudonymised: run.pseudonymised,
      empty,
      seconds: Number(seconds.toFixed(2)),
      figures: run.figures,
      kpis,
    });
    return 0;
  },
};
