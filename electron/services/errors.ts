import type { ErrorCode, FieldIssue } from '../api/contract/errors';

/** An expected failure with a Dutch message for the coordinator; the router passes it on as is. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: { issues?: FieldIssue[]; [key: string]: unknown } | undefined;
  constructor(code: ErrorCode, message: string, details?: AppError['details']) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}
