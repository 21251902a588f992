import { eq } from 'drizzle-orm';
import { settings } from '../../../db/schema';
import { languages, type AppSettings, type Language } from '../../api/contract/system';
import type { AppContext } from '../context';
import { recordAudit } from '../audit';

function readLanguage(ctx: AppContext): Language {
  const row = ctx.db().select().from(settings).where(eq(settings.key, 'language')).get();
  const value = row?.value;
  return languages.find((l) => l === value) ?? 'nl';
}

export function getSettings(ctx: AppContext): AppSettings {
  return {
    language: readLanguage(ctx),
    dataDir: ctx.paths.dataDir,
    databaseFile: ctx.paths.databaseFile,
    backupsDir: ctx.paths.backupsDir,
  };
}

/** Language read without failing on a damaged database, so the recovery screen speaks it too. */
export function currentLanguage(ctx: AppContext): Language {
  return ctx.state().kind === 'open' ? readLanguage(ctx) : 'nl';
}

export function updateSettings(ctx: AppContext, input: { language: Language }): AppSettings {
  const at = ctx.now().toISOString();
  const before = readLanguage(ctx);
  ctx.db().transaction((tx) => {
    recordAudit(tx, ctx.actor, at, {
      entity: 'settings',
      entityId: 'language',
      action: 'update',
      changes: { language: { from: before, to: input.language } },
    });
    tx.insert(settings)
      .values({ key: 'language', value: input.language, updatedAt: at })
      .onConflictDoUpdate({ target: settings.key, set: { value: input.language, updatedAt: at } })
      .run();
  });
  return getSettings(ctx);
}
