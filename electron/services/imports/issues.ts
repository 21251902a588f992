import type { Target } from './targets';

export type Severity = 'error' | 'warning';

/** Stable codes (the CLI counts kbo_checksum, email_invalid, no_consent, org_missing; the rest is `other`). */
export type IssueCode =
  | 'kbo_checksum'
  | 'kbo_format'
  | 'email_invalid'
  | 'phone_invalid'
  | 'postcode_invalid'
  | 'outside_flanders'
  | 'theme_unknown'
  | 'federation_unknown'
  | 'legal_form_unknown'
  | 'no_consent'
  | 'formula_text'
  | 'org_missing'
  | 'name_missing'
  | 'college_unknown'
  | 'wish_unknown'
  | 'availability_unknown';

/**
 * A problem in one cell (or, with column null, in the row): errors must be fixed or the row
 * excluded before committing; warnings are imported as they are, and say what happens.
 */
export type RowIssue = { column: number | null; field: Target; severity: Severity; code: IssueCode; message: string };
