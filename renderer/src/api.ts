import type { ApiErrorShape, ApiResponse, ErrorCode, InputOf, MethodName, ResultOf } from '../../electron/api/contract';

const TOKEN_KEY = 'blikopener.token';
const TOKEN_HEADER = 'X-Blikopener-Token';

/** A failed call: `message` is Dutch and meant to be shown to the user as-is. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: ApiErrorShape['details'];

  constructor(shape: ApiErrorShape) {
    super(shape.message);
    this.name = 'ApiError';
    this.code = shape.code;
    this.details = shape.details;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/**
 * Browser mode: the server hands the session token in the first URL (`?token=...`). Keep it for
 * this tab only and take it out of the address bar so it is not bookmarked or shared by accident.
 */
export function captureTokenFromUrl(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (token === null) return;
  try {
    sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage can be disabled; the token then only lives for this page load.
    memoryToken = token;
  }
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

let memoryToken: string | null = null;

function readToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? memoryToken;
  } catch {
    return memoryToken;
  }
}

function isEnvelope(value: unknown): value is ApiResponse<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

async function callOverHttp(method: MethodName, input: unknown): Promise<ApiResponse<unknown>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const token = readToken();
  if (token !== null) headers[TOKEN_HEADER] = token;

  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    throw new ApiError({
      code: 'INTERNAL',
      message: 'Geen verbinding met Blikopener Desk. Draait de server nog?',
    });
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (isEnvelope(body)) return body;
  throw new ApiError({
    code: response.status === 403 ? 'FORBIDDEN' : 'INTERNAL',
    message: `Onverwacht antwoord van de server (HTTP ${response.status}).`,
  });
}

/** Methods whose input may be left out (their schema accepts `undefined`). */
export type CallArgs<M extends MethodName> = undefined extends InputOf<M> ? [input?: InputOf<M>] : [input: InputOf<M>];

/** Untyped transport: preload bridge in Electron, HTTP in browser mode. Prefer `call`. */
export async function callRaw(method: MethodName, input: unknown): Promise<unknown> {
  const bridge = window.blikopener;
  const response = bridge?.call ? await bridge.call(method, input) : await callOverHttp(method, input);
  if (!response.ok) throw new ApiError(response.error);
  return response.result;
}

/** The one way the renderer talks to the app: `call('network.listColleges', { search })`. */
export async function call<M extends MethodName>(method: M, ...args: CallArgs<M>): Promise<ResultOf<M>> {
  // The router validates the input and guarantees the result shape declared in the contract.
  return (await callRaw(method, args[0])) as ResultOf<M>;
}

/** Anything thrown becomes an ApiError, so the UI has one shape to show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError({ code: 'INTERNAL', message });
}
