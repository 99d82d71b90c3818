import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/http';
import { mapApiErrors } from '@/features/shared/formErrors';
import { emptyLine, emptyOrderForm, isOrderField, lineKey, toOrderWrite } from './orderFormModel';

describe('order form model', () => {
  it('builds the write body with lines and optional fields as null', () => {
    const form = { ...emptyOrderForm('c-1'), dueDate: '2026-12-01', quotedNet: '120,50', lines: [{ ...emptyLine(), fileName: 'bracket.3mf', quantity: '4', colorHex: '000000' }] };

    const { write, errors } = toOrderWrite(form);

    expect(errors).toEqual({});
    expect(write).toEqual({
      customerId: 'c-1',
      dueDate: '2026-12-01',
      priority: 'normal',
      quotedNet: 120.5,
      vatRatePercent: 19,
      notes: null,
      lines: [{ fileName: 'bracket.3mf', fileId: null, quantity: 4, materialType: 'PLA', colorHex: '#000000' }],
    });
  });

  it('reports a quantity that is not a whole number under the line key the Api uses', () => {
    const form = { ...emptyOrderForm(), lines: [{ ...emptyLine(), fileId: 'f-1' }, { ...emptyLine(), fileName: 'b.3mf', quantity: '2.5' }] };

    expect(Object.keys(toOrderWrite(form).errors)).toEqual([lineKey(1, 'quantity')]);
  });

  it('asks for a file at a line that has none (neither from the library nor by name)', () => {
    const form = { ...emptyOrderForm(), lines: [{ ...emptyLine(), fileId: 'f-1' }, emptyLine()] };

    expect(toOrderWrite(form).errors).toEqual({ [lineKey(1, 'fileName')]: ['Choose a file from the library or upload one.'] });
  });

  it('shows Api line errors next to the line field and unknown keys at the top', () => {
    const error = new ApiError({
      status: 400,
      title: 'Validation failed',
      fieldErrors: { 'lines[0].fileName': ["Give the line's fileId or fileName."], quotedNet: ['At most two decimals.'], 'Idempotency-Key': ['Bad key.'] },
    });

    const mapped = mapApiErrors(error, isOrderField);

    expect(mapped.fields).toEqual({ 'lines[0].fileName': ["Give the line's fileId or fileName."], quotedNet: ['At most two decimals.'] });
    expect(mapped.general).toEqual(['Idempotency-Key: Bad key.']);
  });
});
