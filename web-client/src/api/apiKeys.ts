import { http } from './http';
import type { JsonRequest, JsonResponse } from './types';

export type ApiKey = JsonResponse<'/api/v1/api-keys', 'get', 200>[number];
export type ApiKeyScope = ApiKey['scopes'][number];
export type CreateApiKey = JsonRequest<'/api/v1/api-keys', 'post'>;
/** The new key; `key` is in this response only. */
export type CreatedApiKey = JsonResponse<'/api/v1/api-keys', 'post', 201>;

export const apiKeysApi = {
  list: () => http.get<ApiKey[]>('api-keys'),
  create: (body: CreateApiKey) => http.post<CreatedApiKey>('api-keys', body),
  revoke: (id: string) => http.delete(`api-keys/${encodeURIComponent(id)}`),
};
