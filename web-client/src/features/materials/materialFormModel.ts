import type { Material, MaterialWrite } from '@/api/materials';
import { optionalText, parseDecimal } from '@/features/shared/formErrors';

export interface MaterialForm {
  type: string;
  brand: string;
  colorName: string;
  colorHex: string;
  pricePerKg: string;
  densityGcm3: string;
  lowStockGrams: string;
}

export const materialFields = ['type', 'brand', 'colorName', 'colorHex', 'pricePerKg', 'densityGcm3', 'lowStockGrams'] as const;
export type MaterialField = (typeof materialFields)[number];

export const materialLabels: Record<MaterialField, string> = {
  type: 'Type',
  brand: 'Brand',
  colorName: 'Colour name',
  colorHex: 'Colour',
  pricePerKg: 'Price per kg (EUR)',
  densityGcm3: 'Density (g/cm³)',
  lowStockGrams: 'Low-stock warning below (g)',
};

/** Common densities, used as the default when the type is picked. */
export const typicalDensity: Record<string, number> = { PLA: 1.24, PETG: 1.27, ABS: 1.04, ASA: 1.07, TPU: 1.21, PA: 1.14, PC: 1.2 };

export function emptyMaterialForm(): MaterialForm {
  return { type: 'PLA', brand: '', colorName: '', colorHex: '', pricePerKg: '', densityGcm3: '1.24', lowStockGrams: '' };
}

export function materialFormFrom(material: Material): MaterialForm {
  return {
    type: material.type,
    brand: material.brand,
    colorName: material.colorName ?? '',
    colorHex: material.colorHex ?? '',
    pricePerKg: String(material.pricePerKg),
    densityGcm3: String(material.densityGcm3),
    lowStockGrams: material.lowStockGrams === null ? '' : String(material.lowStockGrams),
  };
}

/** The write body, or client-side messages for fields that are not numbers. */
export function toMaterialWrite(form: MaterialForm): { write: MaterialWrite; errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const number = (field: MaterialField, required: boolean): number | null => {
    const value = parseDecimal(form[field]);
    if (value === null && required) errors[field] = ['Enter a number.'];
    else if (value !== null && Number.isNaN(value)) errors[field] = ['Enter a number, e.g. 24.99.'];
    return value === null || Number.isNaN(value) ? null : value;
  };
  const pricePerKg = number('pricePerKg', true);
  const densityGcm3 = number('densityGcm3', true);
  const lowStockGrams = number('lowStockGrams', false);
  const hex = optionalText(form.colorHex);
  return {
    write: {
      type: form.type.trim(),
      brand: form.brand.trim(),
      colorName: optionalText(form.colorName),
      colorHex: hex === null ? null : hex.startsWith('#') ? hex.toUpperCase() : `#${hex.toUpperCase()}`,
      pricePerKg: pricePerKg ?? 0,
      densityGcm3: densityGcm3 ?? 0,
      lowStockGrams,
    },
    errors,
  };
}
