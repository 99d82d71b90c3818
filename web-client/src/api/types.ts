// Helpers that derive request/response types from the generated schema by path and method.
// Using paths (a stable contract) instead of schema names keeps the api modules compiling when
// the Api's swagger.json names its DTOs differently.
import type { paths } from './schema';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';
export type ApiPath = keyof paths;

type Operation<P extends ApiPath, M extends HttpMethod> = NonNullable<paths[P][M]>;

type JsonContent<C> = C extends { 'application/json': infer B } ? B : never;

/** The JSON body of response `S` of `M P`. */
export type JsonResponse<P extends ApiPath, M extends HttpMethod, S extends number> =
  Operation<P, M> extends { responses: infer R }
    ? S extends keyof R
      ? R[S] extends { content: infer C }
        ? JsonContent<C>
        : never
      : never
    : never;

/** The JSON request body of `M P`. */
export type JsonRequest<P extends ApiPath, M extends HttpMethod> =
  Operation<P, M> extends { requestBody?: infer B }
    ? NonNullable<B> extends { content: infer C }
      ? JsonContent<C>
      : never
    : never;
