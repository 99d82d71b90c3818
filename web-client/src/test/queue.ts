import type { QueueCandidate, QueueItem } from '@/api/queue';

export function aQueueItem(overrides: Partial<QueueItem> = {}): QueueItem {
  return {
    id: 'q-1',
    orderId: null,
    orderLineNo: null,
    orderNumber: null,
    customerName: null,
    fileId: 'f-1',
    fileName: 'Clip.gcode',
    materialType: 'PLA',
    colorHex: null,
    status: 'queued',
    printerId: null,
    priority: 'normal',
    dueDate: null,
    position: 1,
    estimatedSeconds: 600,
    predictedSeconds: 600,
    failureReason: null,
    jobId: null,
    createdAt: '2026-11-21T09:00:00Z',
    updatedAt: '2026-11-21T09:00:00Z',
    ...overrides,
  };
}

export function aCandidate(overrides: Partial<QueueCandidate> = {}): QueueCandidate {
  return {
    printerId: 'p-1',
    printerName: 'Sim A',
    eligible: true,
    assignable: true,
    score: 98.5,
    queueLength: 0,
    predictedSeconds: 660,
    predictedFinishAt: '2026-11-21T10:00:00Z',
    successRatePercent: null,
    reasons: ['The printer is idle.', 'The plate was confirmed cleared.'],
    problems: [],
    plateCleared: true,
    overridableProblems: [],
    ...overrides,
  };
}
