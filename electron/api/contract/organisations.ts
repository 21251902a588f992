import { type method } from './method';

export const organisationMethods = {} as const satisfies Record<string, ReturnType<typeof method>>;
