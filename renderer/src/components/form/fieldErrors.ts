import type { ApiError } from '../../api';

/** Dutch messages per field name. */
export type FieldErrors = Record<string, string>;

/** The router's VALIDATION issues per field (`themeIds.0` -> `themeIds`); the first message wins. */
export function fieldErrorsOf(error: ApiError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.details?.issues ?? []) {
    const field = issue.path.split('.')[0] ?? '';
    if (field !== '' && !(field in errors)) errors[field] = issue.message;
  }
  return errors;
}
