import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/http';
import { mapApiErrors } from '@/features/shared/formErrors';
import { emptyCustomerForm, exportFileName, isCustomerField, toCustomerWrite } from './customerFormModel';

describe('customer form model', () => {
  it('builds the write body with a nested address, optional fields as null and a normalized VAT id', () => {
    const write = toCustomerWrite({ ...emptyCustomerForm(), name: ' Erika Mustermann ', city: 'Berlin', country: 'de', vatId: 'de 123 456 789' });

    expect(write).toEqual({
      customerNumber: null,
      name: 'Erika Mustermann',
      company: null,
      email: null,
      phone: null,
      address: { street: null, postalCode: null, city: 'Berlin', country: 'DE' },
      vatId: 'DE123456789',
      notes: null,
    });
  });

  it('shows the Api messages next to name, e-mail, VAT id and nested address fields', () => {
    const error = new ApiError({
      status: 400,
      title: 'Validation failed',
      // http.ts normalizes "Address.Country" to "address.country"
      fieldErrors: { name: ["'Name' must not be empty."], email: ['Not valid.'], vatId: ['A VAT id starts with the country code.'], 'address.country': ['Use a two-letter country code.'] },
    });

    const mapped = mapApiErrors(error, isCustomerField);

    expect(Object.keys(mapped.fields).sort()).toEqual(['address.country', 'email', 'name', 'vatId']);
    expect(mapped.general).toEqual([]);
  });

  it('names the export file after the customer number and the day', () => {
    expect(exportFileName({ customerNumber: 'K-0001' }, new Date('2026-11-21T10:00:00Z'))).toBe('customer-K-0001-2026-11-21.json');
  });
});
