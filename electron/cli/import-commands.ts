import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../services/context';
import { AppError } from '../services/errors';
import { commitImport, planImport, undoImport, type ImportPlan, type ImportPolicy } from '../services/imports/commit';
import { findProfileByName } from '../services/imports/profiles';
import type { Output } from './output';

export type ImportArgs = {
  positionals: string[];
  policy: string | undefined;
  profile: string | undefined;
  dryRun: boolean;
  skipInvalid: boolean;
  allowReimport: boolean;
  /** An event id: every row also becomes a registration for that event. */
  event?: string | undefined;
};

const POLICIES: ImportPolicy[] = ['fill-empty', 'overwrite', 'skip'];

function errorLines(plan: ImportPlan): { sourceRow: number; severity: string; code: string; message: string }[] {
  return plan.rows.flatMap((r) =>
    r.status === 'excluded'
      ? []
      : r.issues.map((i) => ({ sourceRow: r.sourceRow, severity: i.severity, code: i.code, message: i.message })),
  );
}

/**
 * `import FILE`: the same plan and commit as the wizard, with automatic choices. Exit code 1 when
 * rows have errors (nothing is written) unless --skip-invalid imports the valid rows.
 */
export async function importCommand(ctx: AppContext, out: Output, args: ImportArgs): Promise<number> {
  const file = args.positionals[0];
  if (!file) throw new AppError('VALIDATION', 'Geef het bestand dat geïmporteerd moet worden: import FILE');
  const policy = (args.policy ?? 'fill-empty') as ImportPolicy;
  if (!POLICIES.includes(policy)) throw new AppError('VALIDATION', `--policy moet ${POLICIES.join(', ')} zijn.`);
  const profile = args.profile ? findProfileByName(ctx.db(), args.profile) : null;
  if (args.profile && !profile) throw new AppError('NOT_FOUND', `Importprofiel "${args.profile}" bestaat niet.`);
  const eventId = args.event === undefined ? undefined : Number(args.event);
  if (eventId !== undefined && (!Number.isInteger(eventId) || eventId <= 0))
    throw new AppError('VALIDATION', '--event moet het nummer van een event zijn.');
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved)) throw new AppError('NOT_FOUND', `Bestand ${resolved} bestaat niet.`);
  out.log(`Lezen en controleren: ${path.basename(resolved)} ...`);
  const plan = await planImport(ctx, {
    bytes: new Uint8Array(fs.readFileSync(resolved)),
    fileName: path.basename(resolved),
    policy,
    skipInvalid: args.skipInvalid,
    allowReimport: args.allowReimport,
    ...(eventId !== undefined ? { eventId } : {}),
    ...(profile ? { profileId: profile.id } : {}),
  });
  const s = plan.summary;
  out.log(`${s.rows} rijen, ${s.invalidRows} met fouten${profile ? `, profiel "${profile.name}"` : ''}.`);
  const refused = s.invalidRows > 0 && !args.skipInvalid;
  let batchId: number | null = null;
  if (!args.dryRun && !refused) {
    out.log('Wegschrijven ...');
    batchId = commitImport(ctx, plan).batchId;
  }
  const errors = errorLines(plan).filter((e) => e.severity === 'error');
  const data = {
    ok: !refused,
    dryRun: args.dryRun,
    file: plan.fileName,
    policy,
    rows: s.rows,
    organisations: { created: s.organisations.created, updated: s.organisations.updated, matched: s.organisations.matched },
    contacts: { created: s.contacts.created, updated: s.contacts.updated, matched: s.contacts.matched },
    needs: { created: s.needs.created, matched: s.needs.matched },
    experts: { created: s.experts.created, updated: s.experts.updated, matched: s.experts.matched },
    ...(plan.event
      ? {
          event: { ...plan.event, participants: s.participants, meetings: s.meetings, wishesKept: s.wishesKept },
        }
      : {}),
    errors: s.errors,
    withoutConsent: s.withoutConsent,
    skipped: s.invalidRows + s.excludedRows,
    batchId,
    rowErrors: errors,
  };
  const verb = args.dryRun || refused ? 'zou aanmaken' : 'aangemaakt';
  const human = [
    `${plan.fileName}: ${s.rows} rijen (${policy}).`,
    `  organisaties: ${s.organisations.created} ${verb}, ${s.organisations.matched} bestaand (${s.organisations.updated} bijgewerkt)`,
    `  contactpersonen: ${s.contacts.created} ${verb}, ${s.contacts.matched} bestaand (${s.contacts.updated} bijgewerkt)`,
    `  hulpvragen: ${s.needs.created} ${verb}, ${s.needs.matched} bestaand`,
    `  experts: ${s.experts.created} ${verb}, ${s.experts.matched} bestaand`,
    `  zonder toestemming (persoon niet overgenomen): ${s.withoutConsent}`,
    ...(plan.event
      ? [
          `  event "${plan.event.name}": ${s.participants.created} inschrijvingen ${verb}, ${s.participants.matched} al ingeschreven; ` +
            `${s.meetings.created} gespreksaanvragen ${verb}; ${s.wishesKept} wens(en) als notitie bewaard`,
        ]
      : []),
    ...errors.map((e) => `  rij ${e.sourceRow}: ${e.message}`),
    refused
      ? `Niets geïmporteerd: ${s.invalidRows} rij(en) met fouten. Verbeter ze of gebruik --skip-invalid.`
      : batchId !== null
        ? `Geïmporteerd als import ${batchId}${s.invalidRows > 0 ? `; ${s.invalidRows} rij(en) met fouten overgeslagen` : ''}.`
        : 'Proefdraai: er werd niets geschreven.',
  ];
  if (refused && out.json) process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  else if (refused) process.stderr.write(`${human.join('\n')}\n`);
  else out.result(human.join('\n'), data);
  return refused ? 1 : 0;
}

export function importUndoCommand(ctx: AppContext, out: Output, args: { positionals: string[] }): void {
  const id = Number(args.positionals[0]);
  if (!Number.isInteger(id) || id <= 0) throw new AppError('VALIDATION', 'Geef het nummer van de import: import-undo BATCH');
  out.log(`Import ${id} ongedaan maken ...`);
  const result = undoImport(ctx, id);
  const d = result.deleted;
  out.result(
    [
      `Import ${id} ongedaan gemaakt: ${d.organisation} organisaties, ${d.contact} contactpersonen, ${d.need} hulpvragen, ${d.expert} experts, ${d.event_participant} inschrijvingen, ${d.event_meeting} gespreksaanvragen verwijderd; ${result.restored} records hersteld.`,
      ...result.kept.map((k) => `  behouden: ${k.message}`),
    ].join('\n'),
    { ok: true, ...result },
  );
}
