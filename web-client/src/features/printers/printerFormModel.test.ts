import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/http';
import { aPrinter } from '@/test/printers';
import { emptyPrinterForm, fieldsForKind, mapPrinterErrors, printerFormFrom, toPrinterWrite } from './printerFormModel';

const validation = (fieldErrors: Record<string, string[]>) =>
  new ApiError({ status: 400, title: 'One or more validation errors occurred.', fieldErrors });

describe('mapPrinterErrors', () => {
  it('puts each field error next to its visible field', () => {
    const mapped = mapPrinterErrors(
      validation({ serial: ['Serial is required.'], accessCode: ['Access code must be 8 characters.'] }),
      'bambu',
    );

    expect(mapped.fields).toEqual({ serial: ['Serial is required.'], accessCode: ['Access code must be 8 characters.'] });
    expect(mapped.general).toEqual([]);
  });

  it('maps nested and JSON-path keys to the form field', () => {
    const mapped = mapPrinterErrors(validation({ 'command.host': ['Host is required.'], mqttPort: ['Port out of range.'] }), 'bambu');

    expect(mapped.fields).toEqual({ host: ['Host is required.'], mqttPort: ['Port out of range.'] });
  });

  it('lists errors for fields the chosen kind does not show above the form, with their label', () => {
    const mapped = mapPrinterErrors(validation({ apiKey: ['API key is required.'], somethingElse: ['Bad.'] }), 'bambu');

    expect(mapped.fields).toEqual({});
    expect(mapped.general).toEqual(['API key: API key is required.', 'somethingElse: Bad.']);
  });

  it('shows a conflict without field errors as a duplicate name', () => {
    const mapped = mapPrinterErrors(new ApiError({ status: 409, title: 'Conflict', detail: 'A printer named "A1" already exists.' }), 'simulated');

    expect(mapped.fields).toEqual({ name: ['A printer named "A1" already exists.'] });
  });

  it('shows any other error above the form', () => {
    const mapped = mapPrinterErrors(new ApiError({ status: 0, title: 'The server could not be reached' }), 'prusa');

    expect(mapped).toEqual({ fields: {}, general: ['The server could not be reached'] });
  });

  it('maps nothing without an error', () => {
    expect(mapPrinterErrors(null, 'bambu')).toEqual({ fields: {}, general: [] });
  });
});

describe('toPrinterWrite', () => {
  it('sends only the fields of the chosen kind', () => {
    const model = { ...emptyPrinterForm('prusa'), name: ' Core One ', host: '10.0.0.8', apiKey: 'abc123', serial: 'left over' };

    const result = toPrinterWrite(model);

    expect(result).toEqual({
      ok: true,
      write: { name: 'Core One', kind: 'prusa', host: '10.0.0.8', apiKey: 'abc123', httpPort: 80, powerWatts: null, hourlyRate: null, isActive: true },
    });
  });

  it('omits an empty secret so an update keeps the stored one', () => {
    const model = printerFormFrom(aPrinter());

    const result = toPrinterWrite(model);

    expect(result.ok && 'accessCode' in result.write).toBe(false);
  });

  it('accepts a German decimal comma and reports malformed numbers per field', () => {
    const ok = toPrinterWrite({ ...emptyPrinterForm('simulated'), name: 'Sim', powerWatts: '120', hourlyRate: '0,35' });
    const bad = toPrinterWrite({ ...emptyPrinterForm('bambu'), name: 'A1', mqttPort: '88a3', hourlyRate: 'cheap' });

    expect(ok.ok && ok.write.hourlyRate).toBe(0.35);
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : Object.keys(bad.errors).sort()).toEqual(['hourlyRate', 'mqttPort']);
  });

  it('sends nothing kind-specific for a simulated printer', () => {
    const result = toPrinterWrite({ ...emptyPrinterForm('simulated'), name: 'Sim', host: 'x' });

    expect(result).toEqual({ ok: true, write: { name: 'Sim', kind: 'simulated', powerWatts: null, hourlyRate: null, isActive: true } });
    expect(fieldsForKind('simulated')).toEqual(['name', 'kind', 'powerWatts', 'hourlyRate', 'isActive']);
  });
});
