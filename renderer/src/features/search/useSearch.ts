import { useEffect, useState } from 'react';
import type { SearchResult } from '../../../../electron/api/contract';
import { call, toApiError, type ApiError } from '../../api';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

type State = { text: string; result?: SearchResult; error?: ApiError };

const DEBOUNCE_MS = 120;
const PER_KIND = 6;

/** Searches as the coordinator types (debounced); older answers never overwrite newer ones. */
export function useSearch(text: string): { result: SearchResult | undefined; error: ApiError | undefined; busy: boolean } {
  const query = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const [state, setState] = useState<State>({ text: '' });

  useEffect(() => {
    if (query === '') return;
    let cancelled = false;
    call('search.query', { text: query, limit: PER_KIND }).then(
      (result) => {
        if (!cancelled) setState({ text: query, result });
      },
      (error: unknown) => {
        if (!cancelled) setState({ text: query, error: toApiError(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [query]);

  if (text.trim() === '') return { result: undefined, error: undefined, busy: false };
  const current = state.text === query;
  return { result: state.result, error: current ? state.error : undefined, busy: !current || query !== text.trim() };
}
