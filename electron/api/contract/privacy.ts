import { type method } from './method';

export const privacyMethods = {} as const satisfies Record<string, ReturnType<typeof method>>;
