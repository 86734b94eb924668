import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, errorCatalogue, type ErrorCode, type Problem } from '@stagebureau/domain';

/** The one table from error code to HTTP status (STYLE §6). */
export const httpStatusOf: Record<ErrorCode, number> = {
  validation_failed: 422,
  malformed_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  not_found: 404,
  unauthenticated: 401,
  forbidden: 403,
  invalid_credentials: 401,
  account_inactive: 403,
  refresh_token_invalid: 401,
  sso_not_configured: 404,
  sso_state_invalid: 400,
  sso_code_invalid: 400,
  sso_wrong_audience: 401,
  sso_wrong_nonce: 401,
  sso_email_unverified: 403,
  sso_account_unknown: 403,
  sso_provider_failed: 502,
  rate_limited: 429,
  invitation_invalid: 410,
  email_taken: 409,
  conflict: 409,
  invalid_transition: 409,
  duplicate: 409,
  kvk_registered: 409,
  idempotency_key_required: 422,
  idempotency_key_reused: 422,
  session_full: 409,
  booking_window_closed: 409,
  class_busy: 409,
  session_change_blocked: 409,
  school_cap_reached: 409,
  audience_mismatch: 409,
  capacity_below_booked: 409,
  series_too_long: 422,
  quota_reached: 409,
  outside_availability: 422,
  outside_period: 422,
  part_taken: 409,
  sign_up_closed: 409,
  wrong_booking_mode: 409,
  allocation_window_closed: 409,
  allocation_round_not_ready: 409,
  feedback_not_open: 409,
  participant_busy: 409,
  place_full: 409,
  signing_link_invalid: 410,
  signatures_missing: 409,
  outside_placement: 422,
  compliance_documents_missing: 409,
  file_too_large: 413,
  file_type_not_allowed: 415,
  file_content_mismatch: 422,
  file_link_expired: 410,
  import_file_empty: 422,
  import_header_mismatch: 422,
  origin_unknown: 422,
  import_rows_invalid: 422,
  busy_try_again: 503,
  service_unavailable: 503,
  internal_error: 500,
};

type FieldError = { path: string; message: string };

export function languageOf(request: FastifyRequest): 'nl' | 'en' {
  return /^en\b/i.test(request.headers['accept-language'] ?? '') ? 'en' : 'nl';
}

export function problemFor(
  request: FastifyRequest,
  code: ErrorCode,
  detail?: string,
  errors?: FieldError[],
  meta?: Record<string, unknown>,
): Problem & Record<string, unknown> {
  // Extra members first: they may add to a problem, never overwrite its core fields.
  return {
    ...(meta ?? {}),
    type: `https://stagebureau.nl/problems/${code.replaceAll('_', '-')}`,
    title: errorCatalogue[code][languageOf(request)],
    status: httpStatusOf[code],
    code,
    ...(detail ? { detail } : {}),
    instance: request.url.split('?')[0],
    ...(errors ? { errors } : {}),
  };
}

export function sendProblem(
  reply: FastifyReply,
  code: ErrorCode,
  detail?: string,
  errors?: FieldError[],
  meta?: Record<string, unknown>,
) {
  const problem = problemFor(reply.request, code, detail, errors, meta);
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

/** PostgreSQL SQLSTATEs that mean "the database is away" or "contended": retryable. */
const unavailableStates = new Set(['57P01', '57P02', '57P03', '08000', '08003', '08006', '53300']);
const contendedStates = new Set(['55P03', '40001', '40P01', '57014']);
const connectionErrors = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
/** Input PostgreSQL cannot store (NUL in text, numbers or dates out of range): bad input. */
const unstorableInputStates = new Set(['22021', '22P05', '22003', '22008', '22007']);

function classify(error: FastifyError & { cause?: unknown }): {
  code: ErrorCode;
  errors?: FieldError[];
  detail?: string;
  meta?: Record<string, unknown>;
} {
  if (error instanceof DomainError)
    return { code: error.code, detail: error.detail, meta: error.meta };
  if (hasZodFastifySchemaValidationErrors(error)) {
    return {
      code: 'validation_failed',
      errors: error.validation.flatMap((issue) => {
        const path = [
          error.validationContext,
          ...String(issue.instancePath).split('/').filter(Boolean),
        ];
        // An unknown field is named by its own path, so clients can point at it.
        const unknownKeys = (issue.params as { keys?: unknown }).keys;
        if (Array.isArray(unknownKeys) && unknownKeys.length) {
          return unknownKeys.map((key) => ({
            path: [...path, String(key)].join('.'),
            message: 'unknown field',
          }));
        }
        return [{ path: path.join('.'), message: issue.message ?? 'invalid' }];
      }),
    };
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { code: 'malformed_json' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'payload_too_large' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { code: 'unsupported_media_type' };
    case 'FST_JWT_NO_AUTHORIZATION_IN_HEADER':
    case 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED':
    case 'FST_JWT_AUTHORIZATION_TOKEN_INVALID':
    case 'FST_JWT_AUTHORIZATION_TOKEN_UNTRUSTED':
    case 'FST_JWT_BAD_REQUEST':
      return { code: 'unauthenticated' };
  }
  if (error.statusCode === 429) return { code: 'rate_limited' };
  const pgError = (error.cause ?? error) as { code?: string };
  if (pgError.code && unavailableStates.has(pgError.code)) return { code: 'service_unavailable' };
  if (pgError.code && contendedStates.has(pgError.code)) return { code: 'busy_try_again' };
  if (pgError.code && connectionErrors.has(pgError.code)) return { code: 'service_unavailable' };
  // Drizzle wraps the pool's error ("Failed query: …"): a full pool is in the cause's message.
  const causeMessage = error.cause instanceof Error ? error.cause.message : '';
  if (
    /Connection terminated|timeout exceeded when trying to connect/i.test(
      `${error.message}\n${causeMessage}`,
    )
  ) {
    return { code: 'service_unavailable' };
  }
  if (pgError.code && unstorableInputStates.has(pgError.code)) {
    return { code: 'validation_failed', detail: 'a value cannot be stored (NUL, range)' };
  }
  if (pgError.code === '23505') return { code: 'duplicate' };
  if (pgError.code === '23514' || pgError.code === '23P01') return { code: 'conflict' };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return {
      code: error.statusCode === 404 ? 'not_found' : 'validation_failed',
      detail: error.message,
    };
  }
  return { code: 'internal_error' };
}

/** A lone UTF-16 surrogate: JSON can carry it, PostgreSQL's jsonb and UTF-8 text cannot. */
const loneSurrogate = /\p{Cs}/u;

/** The path of the first key or text in a parsed body that is not well-formed Unicode. */
export function illFormedTextPath(value: unknown, path: string[] = ['body']): string | null {
  if (typeof value === 'string') return loneSurrogate.test(value) ? path.join('.') : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    if (loneSurrogate.test(key)) return [...path, key].join('.');
    const found = illFormedTextPath(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

async function errorsPlugin(app: FastifyInstance) {
  // Refused before any handler: text stored in jsonb would fail mid-transaction, and text
  // columns would silently store U+FFFD instead of what was sent.
  app.addHook('preValidation', async (request, reply) => {
    const path = illFormedTextPath(request.body);
    if (path) {
      return sendProblem(reply, 'validation_failed', undefined, [
        { path, message: 'text is not valid Unicode (a lone surrogate)' },
      ]);
    }
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { code, errors, detail, meta } = classify(error);
    const status = httpStatusOf[code];
    if (status >= 500) request.log.error({ err: error, code }, 'request failed');
    else request.log.info({ code, detail: error.message }, 'request rejected');
    if (code === 'service_unavailable' || code === 'busy_try_again')
      reply.header('retry-after', '2');
    // 5xx details stay in the log, never in the answer.
    return sendProblem(reply, code, status >= 500 ? undefined : detail, errors, meta);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(reply, 'not_found'));
}

export default fp(errorsPlugin, { name: 'errors' });
