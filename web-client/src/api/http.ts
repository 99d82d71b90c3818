import { apiUrl } from './base';

/** Field name -> messages, keys normalized to camelCase ("Serial" and "$.serial" become "serial"). */
export type FieldErrors = Record<string, string[]>;

export interface ProblemDetails {
  type?: string | null;
  title?: string | null;
  status?: number | null;
  detail?: string | null;
  traceId?: string | null;
  errors?: Record<string, unknown> | null;
}

/** Any failed Api call: an HTTP error (parsed from problem+json when possible) or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | null;
  readonly type: string | null;
  readonly traceId: string | null;
  readonly fieldErrors: FieldErrors;
  /** From a Retry-After header (429/503), in seconds. */
  readonly retryAfterSeconds: number | null;
  /** Further members of the problem+json body (e.g. `code`, `problems`). */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(init: {
    status: number;
    title: string;
    detail?: string | null;
    type?: string | null;
    traceId?: string | null;
    fieldErrors?: FieldErrors;
    retryAfterSeconds?: number | null;
    extensions?: Record<string, unknown>;
  }) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail ?? null;
    this.type = init.type ?? null;
    this.traceId = init.traceId ?? null;
    this.fieldErrors = init.fieldErrors ?? {};
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.extensions = init.extensions ?? {};
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }

  /** The text to show a user when there is no better place for the error. */
  get userMessage(): string {
    return this.detail && this.detail !== this.title ? this.detail : this.title;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const defaultTitles: Record<number, string> = {
  400: 'The request was not valid',
  401: 'Please sign in',
  403: 'You are not allowed to do this',
  404: 'Not found',
  409: 'This conflicts with the current state',
  422: 'This is not allowed',
  429: 'Too many requests',
  500: 'The server had an internal error',
  502: 'The printer did not respond as expected',
  503: 'The service is unavailable',
};

function titleForStatus(status: number, statusText: string): string {
  return defaultTitles[status] ?? (statusText || `Request failed (HTTP ${status})`);
}

/** "Serial" -> "serial", "$.mqttPort" -> "mqttPort", "Printer.Host" -> "printer.host", "Items[0].Name" -> "items[0].name". */
export function normalizeFieldKey(key: string): string {
  const trimmed = key.replace(/^\$\.?/, '');
  return trimmed
    .split('.')
    .map((segment) => (segment.length > 0 ? segment.charAt(0).toLowerCase() + segment.slice(1) : segment))
    .join('.');
}

function toFieldErrors(errors: Record<string, unknown> | null | undefined): FieldErrors {
  const result: FieldErrors = {};
  if (!errors || typeof errors !== 'object') return result;
  for (const [rawKey, value] of Object.entries(errors)) {
    const messages = Array.isArray(value)
      ? value.filter((m): m is string => typeof m === 'string')
      : typeof value === 'string'
        ? [value]
        : [];
    if (messages.length === 0) continue;
    const key = normalizeFieldKey(rawKey);
    result[key] = [...(result[key] ?? []), ...messages];
  }
  return result;
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

const standardMembers = new Set(['type', 'title', 'status', 'detail', 'instance', 'traceId', 'errors']);

function extensionsOf(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => !standardMembers.has(key)));
}

/** Builds an ApiError from a failed response; reads problem+json (RFC 9457) when present. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('content-type') ?? '';
  const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'));
  let body: unknown = null;
  let text = '';
  try {
    text = await response.text();
    if (text && /json/i.test(contentType)) body = JSON.parse(text);
  } catch {
    body = null;
  }

  if (isRecord(body)) {
    const problem = body as ProblemDetails;
    return new ApiError({
      status: response.status,
      title: optionalString(problem.title) ?? titleForStatus(response.status, response.statusText),
      detail: optionalString(problem.detail),
      type: optionalString(problem.type),
      traceId: optionalString(problem.traceId),
      fieldErrors: toFieldErrors(isRecord(problem.errors) ? problem.errors : null),
      retryAfterSeconds,
      extensions: extensionsOf(body),
    });
  }

  const plain = text.trim();
  return new ApiError({
    status: response.status,
    title: titleForStatus(response.status, response.statusText),
    detail: plain && plain.length <= 300 && !/^</.test(plain) ? plain : null,
    retryAfterSeconds,
  });
}

export type UnauthorizedHandler = () => void;
let unauthorizedHandler: UnauthorizedHandler | null = null;

/** Called once for every 401 from a call that did not opt out (the auth store uses it to send users to the login page). */
export function onUnauthorized(handler: UnauthorizedHandler | null): void {
  unauthorizedHandler = handler;
}

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
  /** Do not notify the unauthorized handler on 401 (used by the auth endpoints themselves). */
  expectUnauthorized?: boolean;
}

/** The one place that calls fetch. Returns the parsed JSON body, or undefined for 204/empty bodies. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal: options.signal };
  if (options.body instanceof FormData) {
    init.body = options.body; // multipart: the browser sets Content-Type with the boundary
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      status: 0,
      title: 'The server could not be reached',
      detail: 'Check that Printernizer is running and your network connection works.',
    });
  }

  if (!response.ok) {
    const error = await errorFromResponse(response);
    if (response.status === 401 && !options.expectUnauthorized) unauthorizedHandler?.();
    throw error;
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (!text) return undefined as T;
  const contentType = response.headers.get('content-type') ?? '';
  if (!/json/i.test(contentType)) return text as T;
  return JSON.parse(text) as T;
}

/** GET of binary content (file downloads for the viewers); errors as in {@link request}. */
export async function requestArrayBuffer(path: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), { credentials: 'same-origin', signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, title: 'The server could not be reached' });
  }
  if (!response.ok) throw await errorFromResponse(response);
  return response.arrayBuffer();
}

export const http = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};

/** A file the Api sent as an attachment. */
export interface DownloadedFile {
  blob: Blob;
  /** From Content-Disposition (`filename*` preferred), else `fallbackName`. */
  fileName: string;
}

/** The file name of a Content-Disposition header value, or null. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall back to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  return plain ? (plain[2] ?? plain[1] ?? '').trim() || null : null;
}

/** GETs a file download (e.g. an export). Errors become ApiError exactly like `request` (problem+json, 401 handler). */
export async function download(path: string, query: RequestOptions['query'], fallbackName: string): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), { method: 'GET', credentials: 'same-origin', headers: { Accept: '*/*' } });
  } catch {
    throw new ApiError({
      status: 0,
      title: 'The server could not be reached',
      detail: 'Check that Printernizer is running and your network connection works.',
    });
  }

  if (!response.ok) {
    const error = await errorFromResponse(response);
    if (response.status === 401) unauthorizedHandler?.();
    throw error;
  }

  return { blob: await response.blob(), fileName: fileNameFromDisposition(response.headers.get('content-disposition')) ?? fallbackName };
}
