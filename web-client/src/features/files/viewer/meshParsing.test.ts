import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { binaryStlLength, stlTriangles, threeMfTriangles } from './meshParsing';

/** The repository's print-file fixtures (provenance in tests/fixtures/files/SOURCES.md). */
function fixture(name: string): ArrayBuffer {
  const bytes = readFileSync(resolve(__dirname, '../../../../../tests/fixtures/files', name));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

function bounds(triangles: Float32Array): { min: number[]; max: number[] } {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < triangles.length; i++) {
    min[i % 3] = Math.min(min[i % 3]!, triangles[i]!);
    max[i % 3] = Math.max(max[i % 3]!, triangles[i]!);
  }
  return { min, max };
}

describe('STL for the viewer', () => {
  it('reads a binary STL whose header starts with "solid" as binary', () => {
    const data = fixture('binary-cube_header-starts-with-solid.stl');
    expect(binaryStlLength(data)).toBe(684);
    const triangles = stlTriangles(data);
    expect(triangles.length).toBe(12 * 9);
    expect(triangles.every(Number.isFinite)).toBe(true);
  });

  it('reads a binary STL with a "solid" header and a trailing byte, leaving the byte out', () => {
    const data = fixture('binary-halfdonut_solid-header_trailing-byte.stl');
    expect(binaryStlLength(data)).toBe(data.byteLength - 1);
    const triangles = stlTriangles(data);
    expect(triangles.length / 9).toBe((data.byteLength - 1 - 84) / 50);
    const { min, max } = bounds(triangles);
    expect(max[0]! - min[0]!).toBeGreaterThan(1);
  });

  it('reads an ASCII STL with a leading space, CRLF and indentation', () => {
    const data = fixture('ascii-cube.stl');
    expect(binaryStlLength(data)).toBeNull();
    expect(stlTriangles(data).length).toBe(12 * 9);
  });

  it('refuses bytes that are neither binary nor ASCII STL', () => {
    expect(() => stlTriangles(new TextEncoder().encode('x'.repeat(200)).buffer)).toThrow(/Not an STL/);
  });
});

describe('3MF for the viewer', () => {
  it('reads a PrusaSlicer project: two inline objects with rotated build transforms', () => {
    const triangles = threeMfTriangles(fixture('prusaslicer-2.5.0_moon_project.3mf'));
    expect(triangles.length % 9).toBe(0);
    expect(triangles.length / 9).toBeGreaterThan(100);
    const { min, max } = bounds(triangles);
    expect(max[2]! - min[2]!).toBeGreaterThan(1);
  });

  it('reads a Bambu project whose meshes sit in other parts (Production-extension p:path components)', () => {
    const triangles = threeMfTriangles(fixture('bambustudio-1.7.4_sphereu_project.3mf'));
    expect(triangles.length / 9).toBeGreaterThan(100);
    const { min, max } = bounds(triangles);
    // Placed on the build plate by the build item's translation (not at the origin).
    expect((min[0]! + max[0]!) / 2).toBeGreaterThan(10);
    expect(max[2]! - min[2]!).toBeGreaterThan(1);
  });
});
