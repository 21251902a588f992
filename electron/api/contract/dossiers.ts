import { type method } from './method';

export const dossierMethods = {} as const satisfies Record<string, ReturnType<typeof method>>;
