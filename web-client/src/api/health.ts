import { http } from './http';
import type { JsonResponse } from './types';

export type Health = JsonResponse<'/api/v1/health', 'get', 200>;

export const healthApi = {
  get: () => http.get<Health>('health', { expectUnauthorized: true }),
};
