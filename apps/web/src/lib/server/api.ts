import { errorCatalogue, problemSchema, type Language, type Problem } from '@stagebureau/domain';
import type { z } from 'zod';
import type { RequestBody } from './apiRequests';

export type FieldError = { path: string; message: string };

/** A problem+json answer from the API, as a value the web app can switch on by `code`. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];
  /** Extra members the API adds for some codes (e.g. `opensAt` for a closed booking window). */
  readonly extra: Record<string, unknown>;

  constructor(problem: Problem & Record<string, unknown>) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.fieldErrors = problem.errors ?? [];
    const {
      type: _t,
      title: _ti,
      status: _s,
      code: _c,
      detail: _d,
      errors: _e,
      ...extra
    } = problem;
    this.extra = extra;
  }
}

/** Turns any non-2xx answer into an ApiProblem, also when the body is not problem+json. */
export async function problemFromResponse(
  response: Response,
  language: Language = 'nl',
): Promise<ApiProblem> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): fall through to a generic problem.
  }
  const parsed = problemSchema.loose().safeParse(body);
  if (parsed.success) return new ApiProblem(parsed.data);
  const code = response.status >= 500 ? 'service_unavailable' : 'internal_error';
  return new ApiProblem({
    type: 'about:blank',
    title: errorCatalogue[code][language],
    status: response.status,
    code,
  });
}

export interface Tokens {
  accessToken: string | null;
  refreshToken: string | null;
}

export interface SessionStore {
  read(): Tokens;
  /** Called after a refresh rotated the tokens; null clears the session. */
  write(pair: TokenPairLike | null): void;
}

export interface TokenPairLike {
  accessToken: string;
  accessTokenExpiresIn: number;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

export type Query = Record<string, string | number | boolean | null | undefined | string[]>;

export interface RequestOptions<T extends z.ZodType> {
  schema?: T;
  body?: unknown;
  query?: Query;
  idempotencyKey?: string;
  /** Public endpoints skip the bearer token. */
  anonymous?: boolean;
}

export interface ApiClientOptions {
  baseUrl: string;
  language: Language;
  session: SessionStore;
  fetch?: typeof fetch;
  refresh?: (refreshToken: string) => Promise<TokenPairLike | null>;
  /**
   * The browser's address, sent as X-Forwarded-For: the API trusts it from loopback, so its
   * per-address limits (login attempts) apply per browser, not to this one web server.
   */
  clientAddress?: string;
}

function buildUrl(baseUrl: string, path: string, query?: Query): string {
  const url = new URL(`/api/v1${path}`, baseUrl);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((item) => url.searchParams.append(key, item));
    else url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/**
 * The typed API client used by load functions and actions. Answers are parsed with the shared
 * zod schemas; errors become ApiProblem. An expired access token is refreshed once, transparently.
 */
export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? fetch;

  async function send(
    method: string,
    path: string,
    opts: RequestOptions<z.ZodType> & { accept?: string },
    token: string | null,
  ) {
    const headers: Record<string, string> = {
      accept: opts.accept ?? 'application/json',
      'accept-language': options.language,
    };
    if (options.clientAddress) headers['x-forwarded-for'] = options.clientAddress;
    // A FormData (an upload) sets its own multipart boundary; anything else travels as JSON.
    const multipart = opts.body instanceof FormData;
    if (opts.body !== undefined && !multipart) headers['content-type'] = 'application/json';
    if (token && !opts.anonymous) headers.authorization = `Bearer ${token}`;
    if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
    try {
      return await doFetch(buildUrl(options.baseUrl, path, opts.query), {
        method,
        headers,
        body: multipart
          ? (opts.body as FormData)
          : opts.body === undefined
            ? undefined
            : JSON.stringify(opts.body),
      });
    } catch {
      // The API is down or unreachable: a problem like any other, never an unhandled crash.
      throw new ApiProblem({
        type: 'about:blank',
        title: errorCatalogue.service_unavailable[options.language],
        status: 503,
        code: 'service_unavailable',
      });
    }
  }

  async function refreshed(): Promise<string | null> {
    const { refreshToken } = options.session.read();
    if (!refreshToken || !options.refresh) return null;
    let pair: TokenPairLike | null;
    try {
      pair = await options.refresh(refreshToken);
    } catch {
      throw new ApiProblem({
        type: 'about:blank',
        title: errorCatalogue.service_unavailable[options.language],
        status: 503,
        code: 'service_unavailable',
      });
    }
    options.session.write(pair);
    return pair?.accessToken ?? null;
  }

  async function request<T extends z.ZodType>(
    method: string,
    path: string,
    opts: RequestOptions<T> = {},
  ): Promise<{ status: number; data: z.infer<T> }> {
    let token = options.session.read().accessToken;
    if (!token && !opts.anonymous) token = await refreshed();
    let response = await send(method, path, opts, token);
    if (response.status === 401 && !opts.anonymous && token) {
      const renewed = await refreshed();
      if (renewed) response = await send(method, path, opts, renewed);
    }
    if (!response.ok) throw await problemFromResponse(response, options.language);
    if (response.status === 204 || !opts.schema)
      return { status: response.status, data: null as z.infer<T> };
    const data: unknown = await response.json();
    return { status: response.status, data: opts.schema.parse(data) };
  }

  /** A non-JSON answer (an .ics file) as the raw Response, with the same auth and refresh. */
  async function raw(path: string, accept: string): Promise<Response> {
    let token = options.session.read().accessToken;
    if (!token) token = await refreshed();
    let response = await send('GET', path, { accept }, token);
    if (response.status === 401 && token) {
      const renewed = await refreshed();
      if (renewed) response = await send('GET', path, { accept }, renewed);
    }
    if (!response.ok) throw await problemFromResponse(response, options.language);
    return response;
  }

  return {
    request,
    raw,
    /** A multipart/form-data POST (a file with its fields); a refresh may send it twice. */
    upload: <T extends z.ZodType>(path: string, form: FormData, schema: T) =>
      request('POST', path, { schema, body: form }),
    get: async <T extends z.ZodType>(
      path: string,
      schema: T,
      opts: Omit<RequestOptions<T>, 'schema' | 'body'> = {},
    ) => (await request('GET', path, { ...opts, schema })).data as z.infer<T>,
    /** The body is typed by the API's OpenAPI document for this method and path. */
    post: <const P extends string, T extends z.ZodType>(
      path: P,
      body: RequestBody<'post', P>,
      schema?: T,
      opts: Omit<RequestOptions<T>, 'schema' | 'body'> = {},
    ) => request('POST', path, { ...opts, schema, body }),
    patch: <const P extends string, T extends z.ZodType>(
      path: P,
      body: RequestBody<'patch', P>,
      schema?: T,
    ) => request('PATCH', path, { schema, body }),
    put: <const P extends string, T extends z.ZodType>(
      path: P,
      body: RequestBody<'put', P>,
      schema?: T,
    ) => request('PUT', path, { schema, body }),
    delete: (path: string) => request('DELETE', path),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
