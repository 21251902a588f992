import type { ExportableMethod } from '../../api/contract/table-export';

/** Calls a list method with already-validated input (the handler map's function for it). */
export type ListCaller = (method: ExportableMethod, input: Record<string, unknown>) => unknown;

export type FetchedPage = { rows: unknown[]; total: number };

// Bigger than a screen page (the contract allows 500): fewer round trips through count + sort.
export const EXPORT_PAGE_SIZE = 2000;

function isPage(value: unknown): value is FetchedPage {
  return typeof value === 'object' && value !== null && Array.isArray((value as FetchedPage).rows);
}

/**
 * The list's rows page by page. Lists that page (`offset`/`limit` in their input, `{ rows, total }`
 * out) are walked with the table's own sort, which ends in the id so no row is seen twice; lists
 * that return a plain array come in one go. Between pages the event loop gets a turn, so the
 * app keeps answering (and progress can be asked for) during a long export.
 */
export async function* fetchPages(
  callList: ListCaller,
  method: ExportableMethod,
  input: Record<string, unknown>,
): AsyncGenerator<FetchedPage> {
  // Only lists that take both offset and limit are walked; a list with just a limit is read once.
  const paged = 'offset' in input && 'limit' in input;
  let offset = 0;
  for (;;) {
    const result = await callList(method, paged ? { ...input, offset, limit: EXPORT_PAGE_SIZE } : input);
    if (Array.isArray(result)) {
      yield { rows: result, total: result.length };
      return;
    }
    if (!isPage(result)) throw new Error(`${method} gaf geen lijst terug.`);
    yield result;
    offset += result.rows.length;
    if (!paged || result.rows.length === 0 || offset >= result.total) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
