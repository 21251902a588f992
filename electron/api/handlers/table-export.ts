import { exportTable } from '../../services/table-export/export';
import { exportProgress } from '../../services/table-export/progress';
import type { ListCaller } from '../../services/table-export/pages';
import { exportableMethods, type MethodName } from '../contract';
import type { AppContext } from '../../services/context';
// A cycle (the index lists this module too), harmless: the modules are only read when an export runs.
import { handlerModules } from './index';
import type { HandlerModule } from './types';

// Compile-time check that every exportable method is a real contract method.
const exportable: readonly MethodName[] = exportableMethods;

/** Calls an exportable list's handler directly, with input the export already validated against its schema. */
function listCaller(ctx: AppContext): ListCaller {
  return (method, input) => {
    if (!exportable.includes(method)) throw new Error(`${method} is niet exporteerbaar.`);
    const module = handlerModules.find((m) => method in m);
    const handler = module?.[method] as ((c: AppContext, i: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`Geen handler voor ${method}.`);
    return handler(ctx, input);
  };
}

export const tableExportHandlers: HandlerModule = {
  'tableExport.export': (ctx, input) => exportTable(ctx, input, listCaller(ctx)),
  'tableExport.progress': (_ctx, input) => exportProgress(input.jobId),
};
