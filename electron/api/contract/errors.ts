export const errorCodes = [
  'VALIDATION',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CONFLICT',
  'DB_UNAVAILABLE',
  'BACKUP_INVALID',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type FieldIssue = { path: string; message: string };

/** What crosses the boundary when a call fails: a code to branch on and a Dutch message to show. */
export type ApiErrorShape = {
  code: ErrorCode;
  message: string;
  details?: { issues?: FieldIssue[]; [key: string]: unknown };
};

export type ApiResponse<T> = { ok: true; result: T } | { ok: false; error: ApiErrorShape };
