import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './http';

describe('fileNameFromDisposition', () => {
  it('prefers the RFC 5987 name and falls back to the plain one', () => {
    expect(fileNameFromDisposition("attachment; filename=jobs.csv; filename*=UTF-8''printernizer-jobs_2026-03-01_2026-03-31.csv")).toBe(
      'printernizer-jobs_2026-03-01_2026-03-31.csv',
    );
    expect(fileNameFromDisposition('attachment; filename="EXTF_Buchungsstapel_2026-03_SKR03.csv"')).toBe('EXTF_Buchungsstapel_2026-03_SKR03.csv');
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
