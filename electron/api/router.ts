import { contract, methodNames, type ApiErrorShape, type ApiResponse, type MethodName } from './contract';
import type { AppContext } from '../services/context';
import { AppError } from '../services/errors';
import { handlerModules, type HandlerMap, type HandlerModule } from './handlers/index';
import type { z } from 'zod';

export type Router = {
  call: (method: string, input: unknown) => Promise<ApiResponse<unknown>>;
  methods: readonly MethodName[];
};

export type RouterOptions = {
  /** Where unexpected errors are written; their text never reaches the renderer. */
  logError?: (method: string, error: unknown) => void;
};

/** Merges handler modules; a method claimed twice, or one the contract lacks, is a startup error. */
export function combineHandlers(modules: HandlerModule[]): HandlerMap {
  const merged: Partial<Record<string, unknown>> = {};
  for (const module of modules) {
    for (const name of Object.keys(module)) {
      if (name in merged) throw new Error(`Methode ${name} is twee keer geregistreerd.`);
      if (!(name in contract)) throw new Error(`Methode ${name} staat niet in het contract.`);
      merged[name] = module[name as MethodName];
    }
  }
  return merged as HandlerMap;
}

/** Contract methods no module implements; a test keeps this empty (see router.test.ts). */
export function missingHandlers(modules: HandlerModule[]): MethodName[] {
  const handled = new Set(modules.flatMap((m) => Object.keys(m)));
  return methodNames.filter((m) => !handled.has(m));
}

function isMethod(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

function validationError(error: z.ZodError): ApiErrorShape {
  const issues = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  return {
    code: 'VALIDATION',
    message: 'Niet alle gegevens zijn geldig. Kijk de gemarkeerde velden na.',
    details: { issues },
  };
}

export function toErrorShape(error: unknown): ApiErrorShape {
  if (error instanceof AppError) {
    return error.details
      ? { code: error.code, message: error.message, details: error.details }
      : { code: error.code, message: error.message };
  }
  return { code: 'INTERNAL', message: 'Er ging iets onverwacht mis. De wijziging werd niet bewaard.' };
}

/** Validates every input against the contract, dispatches, and turns every failure into data. */
export function createRouter(ctx: AppContext, options: RouterOptions = {}, modules: HandlerModule[] = handlerModules): Router {
  const handlers = combineHandlers(modules);
  return {
    methods: methodNames,
    call: async (method, input) => {
      if (typeof method !== 'string' || !isMethod(method)) {
        return {
          ok: false,
          error: { code: 'UNKNOWN_METHOD', message: `Onbekende opdracht: ${String(method).slice(0, 80)}` },
        };
      }
      const parsed = contract[method].input.safeParse(input);
      if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
      const handler = handlers[method] as ((c: AppContext, i: unknown) => unknown) | undefined;
      if (!handler)
        return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `Opdracht ${method} is nog niet beschikbaar.` } };
      try {
        const result = await handler(ctx, parsed.data);
        return { ok: true, result };
      } catch (error) {
        if (!(error instanceof AppError)) options.logError?.(method, error);
        return { ok: false, error: toErrorShape(error) };
      }
    },
  };
}
