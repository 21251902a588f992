import { useCallback, useState } from 'react';
import type { InputOf, MethodName, ResultOf } from '../../../../electron/api/contract';
import { callRaw, toApiError, type ApiError } from '../../api';
import { useDataVersion } from '../../app/DataVersion';
import { useNotices } from '../../app/NoticeContext';
import { fieldErrorsOf, type FieldErrors } from './fieldErrors';

export type { FieldErrors } from './fieldErrors';

/**
 * Where a failure is shown besides the form's own state (field messages + `formError`):
 * - `none`: a dialog shows it itself (fields, and the message at its top);
 * - `unlessAtFields`: on the page's alert, unless its messages could go to fields;
 * - `all`: always on the page's alert (buttons and uploads without fields of their own).
 */
export type ReportErrors = 'none' | 'unlessAtFields' | 'all';

type SaveState = {
  busy: boolean;
  /** Dutch messages per field, from the router's VALIDATION issues. */
  errors: FieldErrors;
  /** The whole failure (a CONFLICT carries the look-alikes in its details). */
  error: ApiError | null;
};

const idle: SaveState = { busy: false, errors: {}, error: null };

/**
 * Runs one write: on success every query reloads and the optional confirmation is shown; on a
 * failure the messages go to their fields and the form stays open with what was typed.
 */
export function useSave({ reportErrors = 'none' }: { reportErrors?: ReportErrors } = {}) {
  const { reloadAll } = useDataVersion();
  const { notifySuccess, reportError } = useNotices();
  const [state, setState] = useState<SaveState>(idle);

  const run = useCallback(
    async <T>(action: () => Promise<T>, successMessage?: string): Promise<T | undefined> => {
      setState({ busy: true, errors: {}, error: null });
      try {
        const result = await action();
        setState(idle);
        reloadAll();
        if (successMessage) notifySuccess(successMessage);
        return result;
      } catch (caught) {
        const error = toApiError(caught);
        const errors = fieldErrorsOf(error);
        setState({ busy: false, errors, error });
        const atFields = error.code === 'VALIDATION' && Object.keys(errors).length > 0;
        // On the page the specific message of a field reads better than "check the fields".
        const pageError = error.code === 'VALIDATION' ? new Error(error.details?.issues?.[0]?.message ?? error.message) : error;
        if (reportErrors === 'all' || (reportErrors === 'unlessAtFields' && !atFields)) reportError(pageError);
        return undefined;
      }
    },
    [reloadAll, notifySuccess, reportError, reportErrors],
  );

  const save = useCallback(
    // The router validates the input and guarantees the result shape declared in the contract.
    <M extends MethodName>(method: M, input: InputOf<M>, successMessage?: string) =>
      run(async () => (await callRaw(method, input)) as ResultOf<M>, successMessage),
    [run],
  );

  const clearError = useCallback((field: string) => {
    setState((s) => {
      if (!(field in s.errors)) return s;
      const { [field]: _removed, ...rest } = s.errors;
      return { ...s, errors: rest };
    });
  }, []);

  const setErrors = useCallback((errors: FieldErrors) => setState((s) => ({ ...s, errors })), []);
  const reset = useCallback(() => setState(idle), []);

  return { ...state, formError: state.error?.message ?? null, run, save, clearError, setErrors, reset };
}
