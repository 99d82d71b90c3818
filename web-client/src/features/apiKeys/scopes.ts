import type { ApiKeyScope } from '@/api/apiKeys';

export const scopeOptions: readonly { value: ApiKeyScope; label: string; description: string }[] = [
  { value: 'read', label: 'Read', description: 'Printers, status, jobs, files and reports' },
  { value: 'export', label: 'Export', description: 'Excel, CSV and DATEV exports' },
  { value: 'control', label: 'Control', description: 'Pause, resume and stop prints; start downloads' },
  { value: 'admin', label: 'Admin', description: 'Everything, including settings and API keys' },
];

export function scopeLabel(scope: ApiKeyScope): string {
  return scopeOptions.find((s) => s.value === scope)?.label ?? scope;
}
