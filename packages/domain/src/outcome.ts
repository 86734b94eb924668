import type { ErrorCode } from './errors';

/** What a domain decision returns: a value, or a stable error code the API maps to HTTP. */
export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; code: ErrorCode; detail?: string; meta?: Record<string, unknown> };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = (
  code: ErrorCode,
  detail?: string,
  meta?: Record<string, unknown>,
): Outcome<never> => ({ ok: false, code, detail, meta });
