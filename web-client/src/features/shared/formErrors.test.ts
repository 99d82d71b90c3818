import { describe, expect, it } from 'vitest';
import { nextTick, ref } from 'vue';
import { ApiError } from '@/api/http';
import { mapApiErrors, parseDecimal, useFormErrors } from './formErrors';

const validation = (fieldErrors: Record<string, string[]>) => new ApiError({ status: 400, title: 'One or more validation errors occurred.', fieldErrors });

describe('mapApiErrors', () => {
  it('puts messages of shown fields next to them and the others at the top with their label', () => {
    const error = validation({ name: ['Name is required.'], 'address.city': ['Too long.'], secret: ['Nope.'] });

    const mapped = mapApiErrors(error, (k) => k === 'name' || k === 'address.city', { secret: 'Secret' });

    expect(mapped.fields).toEqual({ name: ['Name is required.'], 'address.city': ['Too long.'] });
    expect(mapped.general).toEqual(['Secret: Nope.']);
  });

  it('shows a conflict without field errors at the top', () => {
    const error = new ApiError({ status: 409, title: 'Conflict', detail: 'Customer number K-0001 is taken.' });

    expect(mapApiErrors(error, () => true)).toEqual({ fields: {}, general: ['Customer number K-0001 is taken.'] });
  });

  it('maps indexed line errors as the Api names them', () => {
    const error = validation({ 'lines[1].quantity': ["'Quantity' must be between 1 and 100000."] });

    const mapped = mapApiErrors(error, (k) => k.startsWith('lines['));

    expect(mapped.fields['lines[1].quantity']).toHaveLength(1);
    expect(mapped.general).toEqual([]);
  });

  it('returns nothing without an error', () => {
    expect(mapApiErrors(null, () => true)).toEqual({ fields: {}, general: [] });
  });
});

describe('useFormErrors', () => {
  it('hides a field message once the user edits the field and shows all again for a new error', async () => {
    const error = ref<ApiError | null>(validation({ email: ['Not an e-mail address.'] }));
    const form = useFormErrors(error, () => true);

    expect(form.errorsFor('email')).toEqual(['Not an e-mail address.']);
    form.touched('email');
    expect(form.errorsFor('email')).toBeNull();

    error.value = validation({ email: ['Still wrong.'] });
    await nextTick();
    expect(form.errorsFor('email')).toEqual(['Still wrong.']);
  });

  it('prefers client-side messages until the field is edited', () => {
    const form = useFormErrors(ref(null), () => true);
    form.setClientErrors({ pricePerKg: ['Enter a number.'] });

    expect(form.errorsFor('pricePerKg')).toEqual(['Enter a number.']);
    form.touched('pricePerKg');
    expect(form.errorsFor('pricePerKg')).toBeNull();
  });
});

describe('parseDecimal', () => {
  it('reads dot and comma decimals, empty as null and rejects text', () => {
    expect(parseDecimal('24,99')).toBe(24.99);
    expect(parseDecimal(' 1.24 ')).toBe(1.24);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('abc')).toBeNaN();
    expect(parseDecimal(5)).toBe(5);
  });
});
