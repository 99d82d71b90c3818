import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, errorFromResponse, http, normalizeFieldKey, onUnauthorized } from './http';
import { installFakeApi, json, noContent, problem } from '@/test/fakeApi';

describe('errorFromResponse', () => {
  it('reads title, detail, type, traceId and field errors from problem+json', async () => {
    const response = problem(400, 'One or more validation errors occurred.', {
      detail: 'See the errors.',
      errors: { serial: ['Serial is required for Bambu printers.'], accessCode: ['Access code is required.'] },
    });

    const error = await errorFromResponse(response);

    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(400);
    expect(error.title).toBe('One or more validation errors occurred.');
    expect(error.detail).toBe('See the errors.');
    expect(error.type).toBe('https://tools.ietf.org/html/rfc9110');
    expect(error.traceId).toBe('00-abc-01');
    expect(error.fieldErrors).toEqual({
      serial: ['Serial is required for Bambu printers.'],
      accessCode: ['Access code is required.'],
    });
    expect(error.hasFieldErrors).toBe(true);
  });

  it('keeps the extension members of a problem (code, problems) and leaves the standard ones out', async () => {
    const error = await errorFromResponse(
      problem(409, 'Conflict', { detail: 'Blocked.', code: 'dispatch_blocked', problems: ['PETG is not loaded.'], overridable: true }),
    );

    expect(error.extensions).toEqual({ code: 'dispatch_blocked', problems: ['PETG is not loaded.'], overridable: true });
  });

  it('normalizes PascalCase, JSON-path and nested keys to camelCase and merges duplicates', async () => {
    const error = await errorFromResponse(
      problem(400, 'Invalid', {
        errors: { Serial: ['a'], serial: ['b'], '$.mqttPort': ['not a number'], 'Printer.Host': ['c'], '': ['body missing'] },
      }),
    );

    expect(error.fieldErrors).toEqual({ serial: ['a', 'b'], mqttPort: ['not a number'], 'printer.host': ['c'], '': ['body missing'] });
  });

  it('ignores non-string messages and empty lists', async () => {
    const error = await errorFromResponse(problem(400, 'Invalid', { errors: { name: [42, 'Name is required.'], host: [] } }));

    expect(error.fieldErrors).toEqual({ name: ['Name is required.'] });
  });

  it('falls back to a readable title when the body is not JSON', async () => {
    const error = await errorFromResponse(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));

    expect(error.status).toBe(502);
    expect(error.title).toBe('The printer did not respond as expected');
    expect(error.detail).toBeNull();
    expect(error.fieldErrors).toEqual({});
  });

  it('keeps a short plain-text body as detail', async () => {
    const error = await errorFromResponse(new Response('database is locked', { status: 500, headers: { 'content-type': 'text/plain' } }));

    expect(error.userMessage).toBe('database is locked');
  });

  it('survives malformed JSON', async () => {
    const error = await errorFromResponse(new Response('{"title": ', { status: 400, headers: { 'content-type': 'application/problem+json' } }));

    expect(error.status).toBe(400);
    expect(error.title).toBe('The request was not valid');
  });

  it('reads Retry-After of a rate-limited login', async () => {
    const error = await errorFromResponse(problem(429, 'Too many requests', {}, { 'retry-after': '42' }));

    expect(error.status).toBe(429);
    expect(error.retryAfterSeconds).toBe(42);
  });
});

describe('normalizeFieldKey', () => {
  it.each([
    ['Name', 'name'],
    ['$.hourlyRate', 'hourlyRate'],
    ['$', ''],
    ['Lines[0].Quantity', 'lines[0].quantity'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeFieldKey(input)).toBe(expected);
  });
});

describe('http request', () => {
  beforeEach(() => {
    document.head.innerHTML = '<base href="http://printernizer.local/">';
  });

  afterEach(() => {
    onUnauthorized(null);
    vi.unstubAllGlobals();
    document.head.innerHTML = '';
  });

  it('sends JSON with same-origin credentials to the Api under /api/v1', async () => {
    const api = installFakeApi({ 'POST /api/v1/printers': (r) => json({ id: '1', echo: r.body }, 201) });

    const result = await http.post<{ id: string; echo: unknown }>('printers', { name: 'A1' });

    expect(result).toEqual({ id: '1', echo: { name: 'A1' } });
    const sent = api.requests[0];
    expect(sent?.init?.credentials).toBe('same-origin');
    expect((sent?.init?.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('resolves the Api under a path prefix taken from the <base> tag', async () => {
    document.head.innerHTML = '<base href="http://printernizer.local/api/hassio_ingress/xyz/">';
    const api = installFakeApi({ 'GET /api/hassio_ingress/xyz/api/v1/health': () => json({ status: 'ok' }) });

    await expect(http.get('health')).resolves.toEqual({ status: 'ok' });
    expect(api.requests[0]?.url.pathname).toBe('/api/hassio_ingress/xyz/api/v1/health');
  });

  it('returns undefined for 204 No Content', async () => {
    installFakeApi({ 'DELETE /api/v1/printers/1': () => noContent() });

    await expect(http.delete('printers/1')).resolves.toBeUndefined();
  });

  it('throws a typed ApiError with field errors for a validation problem', async () => {
    installFakeApi({ 'POST /api/v1/printers': () => problem(400, 'Validation failed', { errors: { Name: ['Name is required.'] } }) });

    const error = await http.post('printers', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).fieldErrors).toEqual({ name: ['Name is required.'] });
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));

    const error = (await http.get('printers').catch((e: unknown) => e)) as ApiError;

    expect(error.isNetworkError).toBe(true);
    expect(error.title).toBe('The server could not be reached');
  });

  it('tells the unauthorized handler about a 401, except for calls that expect one', async () => {
    installFakeApi({
      'GET /api/v1/printers': () => problem(401, 'Unauthorized'),
      'GET /api/v1/auth/me': () => problem(401, 'Unauthorized'),
    });
    const handler = vi.fn();
    onUnauthorized(handler);

    await expect(http.get('auth/me', { expectUnauthorized: true })).rejects.toMatchObject({ status: 401 });
    expect(handler).not.toHaveBeenCalled();

    await expect(http.get('printers')).rejects.toMatchObject({ status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
