import { apiUrl } from './base';
import { http, requestArrayBuffer } from './http';
import type { JsonResponse } from './types';

export type FilePage = JsonResponse<'/api/v1/files', 'get', 200>;
export type FileItem = JsonResponse<'/api/v1/files/{id}', 'get', 200>;
export type FileStatus = FileItem['status'];
export type FileMetadata = NonNullable<FileItem['metadata']>;
export type FileStatistics = JsonResponse<'/api/v1/files/statistics', 'get', 200>;
export type FilePreview = JsonResponse<'/api/v1/files/{id}/preview', 'get', 200>;
export type FileSyncResult = JsonResponse<'/api/v1/files/sync', 'post', 200>;
export type FileDeleteScope = 'local' | 'printer';

/** SSE `download.progress`: bytes so far, total, rate in bytes per second. */
export interface DownloadProgress {
  fileId: string;
  printerId: string | null;
  name: string;
  bytes: number;
  total: number;
  bytesPerSecond: number;
  percent: number;
}

export interface FileListQuery {
  printerId?: string;
  status?: string;
  type?: string;
  search?: string;
  page?: number;
  pageSize?: number;
  sort?: string;
}

const path = (id: string) => `files/${encodeURIComponent(id)}`;

export const filesApi = {
  list: (query: FileListQuery) => http.get<FilePage>('files', { query: { ...query } }),
  get: (id: string) => http.get<FileItem>(path(id)),
  statistics: () => http.get<FileStatistics>('files/statistics'),
  download: (id: string) => http.post<void>(`${path(id)}/download`),
  downloadMany: (fileIds: string[]) => http.post<void>('files/downloads', { fileIds }),
  remove: (id: string, scope: FileDeleteScope) => http.delete(path(id), { query: { scope } }),
  upload: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return http.post<FileItem>('files', form);
  },
  sync: () => http.post<FileSyncResult>('files/sync'),
  preview: (id: string) => http.get<FilePreview>(`${path(id)}/preview`),
  /** Absolute URLs for <img> and loaders (same origin, cookie auth). */
  thumbnailUrl: (id: string, version?: string | null) => apiUrl(`${path(id)}/thumbnail`, version ? { v: version } : undefined),
  contentUrl: (id: string) => apiUrl(`${path(id)}/content`),
  /** The local copy's bytes (for the 3D and toolpath viewers). */
  content: (id: string, signal?: AbortSignal) => requestArrayBuffer(`${path(id)}/content`, signal),
};
