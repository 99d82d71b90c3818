import { http } from './http';
import type { JsonRequest, JsonResponse } from './types';

export type Credentials = JsonRequest<'/api/v1/auth/login', 'post'>;
export type CurrentUser = JsonResponse<'/api/v1/auth/me', 'get', 200>;
export type SignedInAdmin = JsonResponse<'/api/v1/auth/login', 'post', 200>;
export type AuthStatus = JsonResponse<'/api/v1/auth/status', 'get', 200>;

export const authApi = {
  /** Public: whether the first admin account still has to be created. */
  status: () => http.get<AuthStatus>('auth/status', { expectUnauthorized: true }),
  /** Creates the first admin and signs it in (409 once one exists). */
  setup: (credentials: Credentials) =>
    http.post<JsonResponse<'/api/v1/auth/setup', 'post', 201>>('auth/setup', credentials, { expectUnauthorized: true }),
  /** Signs in; the Api sets the HttpOnly session cookie (401 bad credentials, 429 rate limited). */
  login: (credentials: Credentials) => http.post<SignedInAdmin>('auth/login', credentials, { expectUnauthorized: true }),
  logout: () => http.post<void>('auth/logout', undefined, { expectUnauthorized: true }),
  /** The signed-in user; rejects with ApiError 401 when not signed in. */
  me: () => http.get<CurrentUser>('auth/me', { expectUnauthorized: true }),
};
