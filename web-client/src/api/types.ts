// Helpers that derive request/response types from the generated schema by path and method.
// Using paths (a stable contract) instead of schema names keeps the api modules compiling when
// the Api's swagger.json names its DTOs differently.
import type { paths } from './schema';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';
export type ApiPath = keyof paths;

type Operation<P extends ApiPath, M extends HttpMethod> = NonNullable<paths[P][M]>;

type JsonContent<C> = C extends { 'application/json': infer B } ? B : never;

/**
 * `T` with every property present, recursively. The Api writes every property of a response (nulls included),
 * but Swashbuckle lists only a few as `required`, so the generated response types mark almost all optional.
 * Responses are typed as the wire format actually is; request bodies keep the schema's optional fields.
 */
export type Complete<T> = T extends readonly (infer U)[]
  ? Complete<U>[]
  : T extends object
    ? { [K in keyof T]-?: Complete<T[K]> }
    : T;

/** The JSON body of response `S` of `M P` (all properties present, see Complete). */
export type JsonResponse<P extends ApiPath, M extends HttpMethod, S extends number> =
  Operation<P, M> extends { responses: infer R }
    ? S extends keyof R
      ? R[S] extends { content: infer C }
        ? Complete<JsonContent<C>>
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
