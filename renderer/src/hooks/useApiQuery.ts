import { useCallback, useEffect, useState } from 'react';
import type { InputOf, MethodName, ResultOf } from '../../../electron/api/contract';
import { callRaw, toApiError, type ApiError } from '../api';
import { useDataVersion } from '../app/DataVersion';
import { useNotices } from '../app/NoticeContext';

type QueryState<M extends MethodName> = { key: string; data?: ResultOf<M>; error?: ApiError };

export type ApiQuery<M extends MethodName> = {
  /** The latest result; kept while a new request is loading so tables do not flicker. */
  data: ResultOf<M> | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
};

type Options = {
  /** Show failures in the page's alert area (default). Off when the page shows them itself. */
  reportErrors?: boolean;
};

/** Loads a contract method and reloads when its input, or the global data version, changes. */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: InputOf<M>,
  { reportErrors = true }: Options = {},
): ApiQuery<M> {
  const { version } = useDataVersion();
  const { reportError } = useNotices();
  const [nonce, setNonce] = useState(0);
  const inputJson = JSON.stringify(input ?? {});
  const key = `${method}|${inputJson}|${version}|${nonce}`;
  const [state, setState] = useState<QueryState<M>>({ key: '' });

  useEffect(() => {
    let cancelled = false;
    const parsedInput: unknown = JSON.parse(inputJson);
    callRaw(method, parsedInput).then(
      (result) => {
        if (!cancelled) setState({ key, data: result as ResultOf<M> });
      },
      (error: unknown) => {
        if (cancelled) return;
        const apiError = toApiError(error);
        setState((previous) => ({ key, data: previous.data, error: apiError }));
        if (reportErrors) reportError(apiError);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [method, inputJson, key, reportErrors, reportError]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.key !== key, reload };
}
