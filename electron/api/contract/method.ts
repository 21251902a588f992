import type { z } from 'zod';

/** Declares one method: its runtime input schema and (type-only) result. */
export function method<I extends z.ZodType, R>(input: I): { input: I; result: R } {
  return { input, result: undefined as R };
}
