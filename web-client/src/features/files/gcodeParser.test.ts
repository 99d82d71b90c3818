import { describe, expect, it } from 'vitest';
import { parseGCode } from './gcodeParser';

describe('parseGCode', () => {
  it('groups extruding moves into layers by Z and skips travel moves', () => {
    const result = parseGCode(
      [
        'G21 ; mm',
        'G90',
        'M82',
        'G92 E0',
        'G1 Z0.2 F3000',
        'G0 X10 Y10',
        'G1 X20 Y10 E1.0 ; first line',
        'G1 X20 Y20 E2.0',
        'G1 Z0.4',
        'G0 X10 Y10',
        'G1 X15 Y10 E2.5',
        'G1 X15 Y15 E2.4 ; retract: not extruding',
      ].join('\n'),
    );

    expect(result.layers.map((l) => l.z)).toEqual([0.2, 0.4]);
    expect(result.layers[0]!.segments).toEqual([10, 10, 0.2, 20, 10, 0.2, 20, 10, 0.2, 20, 20, 0.2]);
    expect(result.layers[1]!.segments.length).toBe(6);
    expect(result.segmentCount).toBe(3);
    expect(result.bounds).toEqual({ minX: 10, maxX: 20, minY: 10, maxY: 20, minZ: 0.2, maxZ: 0.4 });
  });

  it('understands relative extrusion and relative positioning', () => {
    const result = parseGCode(['M83', 'G1 Z0.3', 'G1 X1 Y0 E0.1', 'G91', 'G1 X1 E0.1', 'G1 Y1 E0'].join('\n'));

    expect(result.layers).toHaveLength(1);
    expect(result.layers[0]!.segments).toEqual([0, 0, 0.3, 1, 0, 0.3, 1, 0, 0.3, 2, 0, 0.3]);
  });

  it('returns no layers for text without moves and stops at the segment limit', () => {
    expect(parseGCode('; only a comment\nM104 S200').layers).toEqual([]);
    const many = Array.from({ length: 100 }, (_, i) => `G1 X${i + 1} Y0 Z0.2 E${i + 1}`).join('\n');
    expect(parseGCode(many, { maxSegments: 10 }).segmentCount).toBe(10);
  });
});
