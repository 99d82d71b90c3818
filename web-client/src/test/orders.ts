import type { Customer } from '@/api/customers';
import type { Order } from '@/api/orders';

export function anOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: 'o-1',
    number: 'A-2026-0001',
    customerId: 'c-1',
    customerName: 'Erika Mustermann',
    status: 'draft',
    dueDate: '2026-12-01',
    priority: 'normal',
    lines: [{ lineNo: 1, fileId: null, fileName: 'bracket.3mf', quantity: 3, materialType: 'PLA', colorHex: null, completedQuantity: 0 }],
    quotedNet: 120,
    vatRatePercent: 19,
    quotedVat: 22.8,
    quotedGross: 142.8,
    actualCost: null,
    margin: null,
    currency: 'EUR',
    progress: { totalQuantity: 3, completedQuantity: 0, percent: 0, linkedJobs: 0, completedJobs: 0, failedJobs: 0, openJobs: 0 },
    notes: null,
    createdAt: '2026-11-21T09:00:00Z',
    updatedAt: '2026-11-21T09:00:00Z',
    releasedAt: null,
    completedAt: null,
    deliveredAt: null,
    cancelledAt: null,
    ...overrides,
  };
}

export function aCustomer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'c-1',
    customerNumber: 'K-0001',
    name: 'Erika Mustermann',
    company: null,
    email: 'erika@example.com',
    phone: null,
    address: { street: null, postalCode: null, city: 'Berlin', country: 'DE' },
    vatId: null,
    notes: null,
    anonymized: false,
    anonymizedAt: null,
    createdAt: '2026-11-21T09:00:00Z',
    updatedAt: '2026-11-21T09:00:00Z',
    ...overrides,
  };
}
