import { type method } from './method';

export const workspaceMethods = {} as const satisfies Record<string, ReturnType<typeof method>>;
