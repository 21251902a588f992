import { z } from './zod';

export const emptyInput = z.object({}).strict().optional();

export const sortDirection = z.enum(['asc', 'desc']);

/** Paging for tables: the renderer asks for a window of rows; the total comes with it. */
export const pageInput = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

export type Page<T> = { rows: T[]; total: number };

/** A sort on one of the given columns. */
export function sortInput<const C extends readonly [string, ...string[]]>(columns: C) {
  return z.object({ column: z.enum(columns), direction: sortDirection }).strict();
}

export const idInput = z.object({ id: z.number().int().positive() }).strict();
