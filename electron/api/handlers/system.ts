import { createBackup, listBackups, restoreBackup } from '../../services/backup/backups';
import { currentLanguage, getSettings, updateSettings } from '../../services/settings/settings';
import type { HandlerModule } from './types';

export const systemHandlers: HandlerModule = {
  'app.status': (ctx) => {
    const state = ctx.state();
    return {
      version: ctx.version,
      database: state.kind === 'damaged' ? { state: 'damaged', problems: state.problems } : { state: 'ok' },
      dataDir: ctx.paths.dataDir,
      language: currentLanguage(ctx),
    };
  },
  'backup.list': (ctx) => listBackups(ctx),
  'backup.create': (ctx) => createBackup(ctx, 'manual'),
  'backup.restore': (ctx, input) => restoreBackup(ctx, input.name),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': (ctx, input) => updateSettings(ctx, input),
};
