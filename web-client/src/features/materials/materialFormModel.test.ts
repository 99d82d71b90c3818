import { describe, expect, it } from 'vitest';
import { emptyMaterialForm, toMaterialWrite } from './materialFormModel';

describe('material form model', () => {
  it('builds the write body with numbers, optional fields as null and a normalized colour', () => {
    const { write, errors } = toMaterialWrite({ ...emptyMaterialForm(), brand: ' Prusament ', colorHex: 'f5f5f0', pricePerKg: '24,99', lowStockGrams: '' });

    expect(errors).toEqual({});
    expect(write).toEqual({
      type: 'PLA',
      brand: 'Prusament',
      colorName: null,
      colorHex: '#F5F5F0',
      pricePerKg: 24.99,
      densityGcm3: 1.24,
      lowStockGrams: null,
    });
  });

  it('reports fields that are not numbers before asking the Api', () => {
    const { errors } = toMaterialWrite({ ...emptyMaterialForm(), pricePerKg: '', densityGcm3: 'heavy' });

    expect(Object.keys(errors).sort()).toEqual(['densityGcm3', 'pricePerKg']);
  });
});
