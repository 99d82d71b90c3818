import { http } from './http';
import type { JsonRequest, JsonResponse } from './types';

/** A print job: `GET /api/v1/jobs/{id}` (`job`), list items and the SSE event `job.updated`. */
export type Job = JsonResponse<'/api/v1/jobs/{id}', 'patch', 200>;
export type JobDetail = JsonResponse<'/api/v1/jobs/{id}', 'get', 200>;
export type JobEvent = JobDetail['events'][number];
export type JobEventKind = JobEvent['kind'];
export type JobStatus = Job['status'];
export type JobCategory = Job['category'];
export type JobPage = JsonResponse<'/api/v1/jobs', 'get', 200>;
export type JobPatch = JsonRequest<'/api/v1/jobs/{id}', 'patch'>;

/** Query parameters of `GET /api/v1/jobs` (all optional; dates are Berlin-local `yyyy-MM-dd`, `to` inclusive). */
export interface JobListQuery {
  printerId?: string;
  status?: JobStatus;
  category?: JobCategory;
  from?: string;
  to?: string;
  search?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
}

export type JobOrderLink = JsonRequest<'/api/v1/jobs/{id}/order', 'post'>;

const path = (id: string) => `jobs/${encodeURIComponent(id)}`;

export const jobsApi = {
  list: (query: JobListQuery = {}, signal?: AbortSignal) =>
    http.get<JobPage>('jobs', { query: { ...query }, signal }),
  get: (id: string) => http.get<JobDetail>(path(id)),
  /** Fields left out stay unchanged; `notes: ""` clears the notes. */
  update: (id: string, patch: JobPatch) => http.patch<Job>(path(id), patch),
  /** The job printed `pieces` parts of an order line (`POST /api/v1/jobs/{id}/order`); answers the order. */
  linkOrder: (id: string, link: JobOrderLink) => http.post<unknown>(`${path(id)}/order`, link),
  unlinkOrder: (id: string) => http.delete(`${path(id)}/order`),
};
