// Where the app and the Api live. Everything is resolved against document.baseURI, which the
// <base> tag in index.html sets ("/" by default; the Api rewrites it when the SPA is served under
// a path prefix such as Home Assistant ingress). Nothing here assumes the app runs at "/".

function documentBase(): URL {
  return new URL(document.baseURI);
}

/** Path prefix of the app, always ending with "/" (e.g. "/" or "/api/hassio_ingress/abc/"). */
export function appBasePath(): string {
  const path = documentBase().pathname;
  return path.endsWith('/') ? path : path.slice(0, path.lastIndexOf('/') + 1);
}

/** Absolute URL of the Api root ("…/api/v1/"). */
export function apiBaseUrl(): URL {
  return new URL('api/v1/', new URL(appBasePath(), documentBase()));
}

/** Absolute URL of an Api path such as "printers/42" or "/printers/42" (relative to /api/v1). */
export function apiUrl(path: string, query?: Record<string, string | number | boolean | undefined>): string {
  const url = new URL(path.replace(/^\/+/, ''), apiBaseUrl());
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
  }
  return url.toString();
}
