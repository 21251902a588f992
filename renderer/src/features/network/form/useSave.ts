import { useCallback, useState } from 'react';
import type { InputOf, MethodName, ResultOf } from '../../../../../electron/api/contract';
import { callRaw, toApiError } from '../../../api';
import { useDataVersion } from '../../../app/DataVersion';
import { useNotices } from '../../../app/NoticeContext';

export type FieldErrors = Record<string, string>;

type SaveState = {
  busy: boolean;
  /** Dutch messages per field, from the router's VALIDATION issues (`themeIds.0` -> `themeIds`). */
  errors: FieldErrors;
  /** A failure that belongs to no field (shown at the top of the form). */
  formError: string | null;
};

/**
 * Runs one write: on success every query reloads and a confirmation is shown; on a validation
 * failure the messages go to their fields and the form stays open with what was typed.
 */
export function useSave({ reportErrors = false }: { reportErrors?: boolean } = {}) {
  const { reloadAll } = useDataVersion();
  const { notifySuccess, reportError } = useNotices();
  const [state, setState] = useState<SaveState>({ busy: false, errors: {}, formError: null });

  const save = useCallback(
    async <M extends MethodName>(method: M, input: InputOf<M>, successMessage: string): Promise<ResultOf<M> | undefined> => {
      setState({ busy: true, errors: {}, formError: null });
      try {
        // The router validates the input and guarantees the result shape declared in the contract.
        const result = (await callRaw(method, input)) as ResultOf<M>;
        setState({ busy: false, errors: {}, formError: null });
        reloadAll();
        notifySuccess(successMessage);
        return result;
      } catch (error) {
        const apiError = toApiError(error);
        const errors: FieldErrors = {};
        for (const issue of apiError.details?.issues ?? []) {
          const field = issue.path.split('.')[0] ?? '';
          if (field !== '' && !(field in errors)) errors[field] = issue.message;
        }
        setState({ busy: false, errors, formError: apiError.message });
        // Buttons without a form of their own show the failure at the top of the page.
        if (reportErrors) reportError(apiError);
        return undefined;
      }
    },
    [reloadAll, notifySuccess, reportError, reportErrors],
  );

  const clearError = useCallback((field: string) => {
    setState((s) => {
      if (!(field in s.errors)) return s;
      const { [field]: _removed, ...rest } = s.errors;
      return { ...s, errors: rest };
    });
  }, []);

  return { ...state, save, clearError };
}
