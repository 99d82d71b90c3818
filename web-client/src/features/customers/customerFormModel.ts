import type { Customer, CustomerWrite } from '@/api/customers';
import { optionalText } from '@/features/shared/formErrors';

export interface CustomerForm {
  customerNumber: string;
  name: string;
  company: string;
  email: string;
  phone: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
  vatId: string;
  notes: string;
}

/** Api key (problem+json, camelCase) -> label; the address fields are nested (`address.city`). */
export const customerLabels: Record<string, string> = {
  customerNumber: 'Customer number',
  name: 'Name',
  company: 'Company',
  email: 'E-mail',
  phone: 'Phone',
  'address.street': 'Street',
  'address.postalCode': 'Postal code',
  'address.city': 'City',
  'address.country': 'Country',
  vatId: 'VAT id',
  notes: 'Notes',
};

export const isCustomerField = (key: string) => key in customerLabels;

export function emptyCustomerForm(): CustomerForm {
  return { customerNumber: '', name: '', company: '', email: '', phone: '', street: '', postalCode: '', city: '', country: 'DE', vatId: '', notes: '' };
}

export function customerFormFrom(customer: Customer): CustomerForm {
  return {
    customerNumber: customer.customerNumber,
    name: customer.name,
    company: customer.company ?? '',
    email: customer.email ?? '',
    phone: customer.phone ?? '',
    street: customer.address.street ?? '',
    postalCode: customer.address.postalCode ?? '',
    city: customer.address.city ?? '',
    country: customer.address.country ?? '',
    vatId: customer.vatId ?? '',
    notes: customer.notes ?? '',
  };
}

export function toCustomerWrite(form: CustomerForm): CustomerWrite {
  const country = optionalText(form.country);
  const vatId = optionalText(form.vatId);
  return {
    customerNumber: optionalText(form.customerNumber),
    name: form.name.trim(),
    company: optionalText(form.company),
    email: optionalText(form.email),
    phone: optionalText(form.phone),
    address: {
      street: optionalText(form.street),
      postalCode: optionalText(form.postalCode),
      city: optionalText(form.city),
      country: country === null ? null : country.toUpperCase(),
    },
    vatId: vatId === null ? null : vatId.replace(/\s+/g, '').toUpperCase(),
    notes: optionalText(form.notes),
  };
}

/** The JSON file name for a GDPR export: `customer-K-0001-2026-11-21.json`. */
export function exportFileName(customer: Pick<Customer, 'customerNumber'>, now: Date): string {
  const safe = customer.customerNumber.replace(/[^A-Za-z0-9-]/g, '_');
  return `customer-${safe}-${now.toISOString().slice(0, 10)}.json`;
}
