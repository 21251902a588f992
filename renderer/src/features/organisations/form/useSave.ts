import { useCallback, useState } from 'react';
import type { InputOf, MethodName, ResultOf } from '../../../../../electron/api/contract';
import { callRaw, toApiError, type ApiError } from '../../../api';
import { useDataVersion } from '../../../app/DataVersion';

export type FieldErrors = Record<string, string>;

type SaveState = { busy: boolean; errors: FieldErrors; error: ApiError | null };

/** The router's VALIDATION issues per field (`federationIds.0` -> `federationIds`), first message wins. */
export function fieldErrorsOf(error: ApiError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.details?.issues ?? []) {
    const field = issue.path.split('.')[0] ?? '';
    if (field !== '' && !(field in errors)) errors[field] = issue.message;
  }
  return errors;
}

/**
 * One write: on success every query reloads; on failure the Dutch messages go to their fields and
 * the whole error stays available (a CONFLICT carries the look-alikes in its details).
 */
export function useSave() {
  const { reloadAll } = useDataVersion();
  const [state, setState] = useState<SaveState>({ busy: false, errors: {}, error: null });

  const save = useCallback(
    async <M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M> | undefined> => {
      setState({ busy: true, errors: {}, error: null });
      try {
        // The router validates the input and guarantees the result shape declared in the contract.
        const result = (await callRaw(method, input)) as ResultOf<M>;
        setState({ busy: false, errors: {}, error: null });
        reloadAll();
        return result;
      } catch (caught) {
        const error = toApiError(caught);
        setState({ busy: false, errors: fieldErrorsOf(error), error });
        return undefined;
      }
    },
    [reloadAll],
  );

  const clearError = useCallback((field: string) => {
    setState((s) => {
      if (!(field in s.errors)) return s;
      const { [field]: _removed, ...rest } = s.errors;
      return { ...s, errors: rest };
    });
  }, []);

  const reset = useCallback(() => setState({ busy: false, errors: {}, error: null }), []);

  return { ...state, save, clearError, reset };
}
