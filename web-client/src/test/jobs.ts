import type { Job } from '@/api/jobs';

export function aJob(overrides: Partial<Job> = {}): Job {
  return {
    id: 'j-1',
    printerId: 'p-1',
    printerName: 'Bambu A1',
    name: 'Halterung v3',
    fileName: 'halterung_v3.gcode.3mf',
    status: 'completed',
    startedAt: '2026-11-21T08:00:00Z',
    endedAt: '2026-11-21T09:35:12Z',
    endTimeEstimated: false,
    estimatedSeconds: 5400,
    actualSeconds: 5712,
    pausedSeconds: 0,
    progressPercent: 100,
    remainingSeconds: null,
    currentLayer: null,
    totalLayers: 180,
    materialType: 'PLA',
    materialEstimatedGrams: 38.2,
    materialUsedGrams: null,
    category: 'unassigned',
    customerId: null,
    orderId: null,
    spoolId: null,
    notes: null,
    cost: { material: 0.8, energy: 0.1, machine: 0.5, labour: 0, failureAllowance: 0.05, total: 1.45, currency: 'EUR', frozenAt: null, version: 1 },
    ...overrides,
  };
}
