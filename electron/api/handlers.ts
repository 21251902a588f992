import type { MethodName, ParsedInputOf, ResultOf } from './contract';
import type { AppContext } from '../services/context';
import { listColleges, getCollege } from '../services/network/colleges';
import { listPartners, listThemes, networkSummary } from '../services/network/partners';
import { createBackup, listBackups, restoreBackup } from '../services/backup/backups';
import { currentLanguage, getSettings, updateSettings } from '../services/settings/settings';

export type Handler<M extends MethodName> = (ctx: AppContext, input: ParsedInputOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;
export type HandlerMap = { [M in MethodName]: Handler<M> };
export type HandlerModule = Partial<HandlerMap>;

const appHandlers: HandlerModule = {
  'app.status': (ctx) => {
    const state = ctx.state();
    return {
      version: ctx.version,
      database: state.kind === 'damaged' ? { state: 'damaged', problems: state.problems } : { state: 'ok' },
      dataDir: ctx.paths.dataDir,
      language: currentLanguage(ctx),
    };
  },
};

const networkHandlers: HandlerModule = {
  'network.summary': (ctx) => networkSummary(ctx),
  'network.listColleges': (ctx, input) => listColleges(ctx, input),
  'network.getCollege': (ctx, input) => getCollege(ctx, input.id),
  'network.listPartners': (ctx, input) => listPartners(ctx, input),
  'network.listThemes': (ctx) => listThemes(ctx),
};

const systemHandlers: HandlerModule = {
  'backup.list': (ctx) => listBackups(ctx),
  'backup.create': (ctx) => createBackup(ctx, 'manual'),
  'backup.restore': (ctx, input) => restoreBackup(ctx, input.name),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': (ctx, input) => updateSettings(ctx, input),
};

/** One module per area; the router refuses two modules claiming the same method. */
export const handlerModules: HandlerModule[] = [appHandlers, networkHandlers, systemHandlers];
