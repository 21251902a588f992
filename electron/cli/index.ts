import { parseArgs } from 'node:util';
import { openNodeHostContext } from '../host/node-host';
import { AppError } from '../services/errors';
import { backupCommand, checkCommand, demoCommand, restoreCommand, seedCommand } from './commands';
import { importCommand, importUndoCommand } from './import-commands';
import { createOutput } from './output';
import { areaCommands } from './area-commands';
import type { CliCommand } from './registry';

const BASE_USAGE = `Gebruik: npm run cli -- <opdracht> [--data-dir MAP] [--json]

Opdrachten:
  seed               het standaardnetwerk laden (bestaande gegevens blijven zoals ze zijn)
  backup [--out F]   een back-up maken (standaard in de back-upmap van de gegevensmap)
  restore FILE       een back-up terugzetten (de huidige database wordt eerst bewaard)
  check              de database controleren zonder iets te wijzigen
  demo --scale N [--seed S] [--force]
                     een databank vullen met verzonnen demogegevens (N organisaties)
  import FILE [--policy fill-empty|overwrite|skip] [--profile NAAM] [--dry-run] [--skip-invalid] [--allow-reimport] [--event ID]
                     een registratiebestand (xlsx, csv) importeren; exitcode 1 bij rijen met fouten
  import-undo BATCH  een import ongedaan maken`;

function usage(): string {
  return [BASE_USAGE, ...areaCommands.map((c) => c.usage)].join('\n');
}

const commonOptions = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** An area command parses its own options (plus the common ones) and may run without a database. */
async function runAreaCommand(command: CliCommand, argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { ...commonOptions, ...command.options } });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${command.usage}\n`);
    return 2;
  }
  const values = parsed.values as Record<string, string | boolean | (string | boolean)[] | undefined>;
  if (values.help === true) {
    process.stderr.write(`${command.usage}\n`);
    return 0;
  }
  const out = createOutput(values.json === true);
  const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined;
  const ctx = command.needsDatabase ? openNodeHostContext(dataDir) : null;
  try {
    return await command.run({ ctx, out, values, positionals: parsed.positionals.slice(1) });
  } catch (error) {
    const message =
      error instanceof AppError ? error.message : `Onverwachte fout: ${error instanceof Error ? error.message : String(error)}`;
    return out.fail(message, error instanceof AppError ? { code: error.code, ...error.details } : undefined);
  } finally {
    ctx?.close();
  }
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const areaCommand = areaCommands.find((c) => c.name === argv.find((a) => !a.startsWith('-')));
  if (areaCommand) return runAreaCommand(areaCommand, argv);
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        scale: { type: 'string' },
        seed: { type: 'string' },
        force: { type: 'boolean', default: false },
        policy: { type: 'string' },
        profile: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'skip-invalid': { type: 'boolean', default: false },
        'allow-reimport': { type: 'boolean', default: false },
        event: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${usage()}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stderr.write(`${usage()}\n`);
    return values.help ? 0 : 2;
  }
  const known = ['seed', 'backup', 'restore', 'check', 'demo', 'import', 'import-undo'];
  if (!known.includes(command)) {
    process.stderr.write(`Onbekende opdracht: ${command}\n\n${usage()}\n`);
    return 2;
  }
  const out = createOutput(values.json);
  const ctx = openNodeHostContext(values['data-dir']);
  try {
    switch (command) {
      case 'seed':
        seedCommand(ctx, out);
        return 0;
      case 'backup':
        backupCommand(ctx, out, { positionals: rest, ...(values.out ? { out: values.out } : {}) });
        return 0;
      case 'restore':
        restoreCommand(ctx, out, { positionals: rest });
        return 0;
      case 'import':
        return await importCommand(ctx, out, {
          positionals: rest,
          policy: values.policy,
          profile: values.profile,
          dryRun: values['dry-run'],
          skipInvalid: values['skip-invalid'],
          allowReimport: values['allow-reimport'],
          event: values.event,
        });
      case 'import-undo':
        importUndoCommand(ctx, out, { positionals: rest });
        return 0;
      case 'demo':
        demoCommand(ctx, out, { scale: values.scale, seed: values.seed, force: values.force });
        return 0;
      default:
        return checkCommand(ctx, out) ? 0 : 1;
    }
  } catch (error) {
    const message =
      error instanceof AppError ? error.message : `Onverwachte fout: ${error instanceof Error ? error.message : String(error)}`;
    return out.fail(message, error instanceof AppError ? { code: error.code, ...error.details } : undefined);
  } finally {
    ctx.close();
  }
}

void main().then((code) => {
  process.exitCode = code;
});
