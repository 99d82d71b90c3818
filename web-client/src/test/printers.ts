import type { Printer } from '@/api/printers';

export function aPrinter(overrides: Partial<Printer> = {}): Printer {
  return {
    id: 'p-1',
    name: 'Bambu A1',
    kind: 'bambu',
    host: '192.168.1.50',
    serial: '03919C451234567',
    mqttPort: 8883,
    ftpsPort: 990,
    httpPort: 80,
    hasAccessCode: true,
    hasApiKey: false,
    tlsFingerprint: null,
    powerWatts: null,
    hourlyRate: null,
    defaultCategory: 'unassigned',
    isActive: true,
    model: null,
    firmware: null,
    createdAt: '2026-11-21T09:00:00Z',
    updatedAt: '2026-11-21T09:00:00Z',
    ...overrides,
  };
}
