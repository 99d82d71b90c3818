import type { JobCategory, JobEventKind, JobStatus } from '@/api/jobs';

export const statusLabels: Record<JobStatus, string> = {
  printing: 'Printing',
  paused: 'Paused',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted',
};

export const categoryLabels: Record<JobCategory, string> = {
  unassigned: 'Not assigned',
  business: 'Business',
  private: 'Private',
};

export const eventLabels: Record<JobEventKind, string> = {
  started: 'Print started',
  paused: 'Paused',
  resumed: 'Resumed',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
  interrupted: 'Interrupted (Printernizer lost the printer)',
  reconnected: 'Printer reconnected',
  edited: 'Edited',
};
