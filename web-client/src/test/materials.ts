import type { Material, Spool } from '@/api/materials';

export function aMaterial(overrides: Partial<Material> = {}): Material {
  return {
    id: 'm-1',
    type: 'PLA',
    brand: 'Prusament',
    colorName: 'Galaxy Black',
    colorHex: '#1A1A1A',
    pricePerKg: 24.99,
    densityGcm3: 1.24,
    lowStockGrams: 500,
    stockGrams: 1000,
    spoolCount: 1,
    lowStock: false,
    currency: 'EUR',
    createdAt: '2026-11-21T09:00:00Z',
    updatedAt: '2026-11-21T09:00:00Z',
    ...overrides,
  };
}

export function aSpool(overrides: Partial<Spool> = {}): Spool {
  return {
    id: 's-1',
    materialId: 'm-1',
    materialType: 'PLA',
    brand: 'Prusament',
    colorHex: '#1A1A1A',
    initialGrams: 1000,
    remainingGrams: 1000,
    lot: 'L-1',
    location: null,
    openedAt: null,
    archived: false,
    needsRecount: false,
    lowStock: false,
    printerId: null,
    slotId: null,
    createdAt: '2026-11-21T09:00:00Z',
    updatedAt: '2026-11-21T09:00:00Z',
    ...overrides,
  };
}
