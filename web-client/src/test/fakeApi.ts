// A small in-memory stand-in for the Printernizer Api, installed as globalThis.fetch in unit tests.
// It answers with real Response objects so http.ts parses them exactly as it parses the real server.
import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  url: URL;
  body: unknown;
  init: RequestInit | undefined;
}

export type Route = (request: RecordedRequest) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: 'https://tools.ietf.org/html/rfc9110', title, status, traceId: '00-abc-01', ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** Installs a fetch that routes "METHOD /path" (path relative to the origin) to handlers; unknown routes are 404 problems. */
export function installFakeApi(routes: Record<string, Route>) {
  const requests: RecordedRequest[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const method = (init?.method ?? 'GET').toUpperCase();
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const request: RecordedRequest = { method, url, body, init };
    requests.push(request);
    const exact = routes[`${method} ${url.pathname}`];
    if (exact) return exact(request);
    for (const [key, route] of Object.entries(routes)) {
      const [m, pattern] = key.split(' ');
      if (m !== method || !pattern?.includes(':')) continue;
      const regex = new RegExp(`^${pattern.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
      if (regex.test(url.pathname)) return route(request);
    }
    return problem(404, 'Not found');
  });
  vi.stubGlobal('fetch', fetchStub);
  return { requests, fetch: fetchStub };
}
