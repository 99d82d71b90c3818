/** One layer of extruding moves as line segments: [x1, y1, z1, x2, y2, z2, ...] in millimetres. */
export interface GCodeLayer {
  z: number;
  /** Extrusion segments (6 numbers each). */
  segments: number[];
}

export interface GCodeToolpath {
  layers: GCodeLayer[];
  bounds: { minX: number; maxX: number; minY: number; maxY: number; minZ: number; maxZ: number } | null;
  segmentCount: number;
}

export interface GCodeParseOptions {
  /** Stop after this many segments (keeps huge files from exhausting memory). */
  maxSegments?: number;
}

function param(words: string[], letter: string): number | undefined {
  for (const word of words) {
    if (word.length > 1 && (word[0] === letter || word[0] === letter.toLowerCase())) {
      const value = Number(word.slice(1));
      if (Number.isFinite(value)) return value;
    }
  }
  return undefined;
}

/**
 * Parses G-code moves into extrusion segments grouped by layer (a new layer starts when an extruding move happens at
 * a new Z). Understands G0/G1 (also G2/G3 as straight lines), G90/G91, M82/M83, G92 and inch mode G20/G21.
 */
export function parseGCode(text: string, options: GCodeParseOptions = {}): GCodeToolpath {
  const maxSegments = options.maxSegments ?? 2_000_000;
  let x = 0;
  let y = 0;
  let z = 0;
  let e = 0;
  let absolute = true;
  let absoluteE = true;
  let scale = 1;
  const layers: GCodeLayer[] = [];
  const byZ = new Map<number, GCodeLayer>();
  let segmentCount = 0;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, minZ = Infinity, maxZ = -Infinity;

  let start = 0;
  while (start < text.length && segmentCount < maxSegments) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let line = text.slice(start, end);
    start = end + 1;
    const comment = line.indexOf(';');
    if (comment >= 0) line = line.slice(0, comment);
    line = line.trim();
    if (line.length === 0) continue;
    const words = line.split(/\s+/);
    const command = words[0]!.toUpperCase();
    switch (command) {
      case 'G90': absolute = true; absoluteE = true; continue;
      case 'G91': absolute = false; absoluteE = false; continue;
      case 'M82': absoluteE = true; continue;
      case 'M83': absoluteE = false; continue;
      case 'G20': scale = 25.4; continue;
      case 'G21': scale = 1; continue;
      case 'G92': {
        const ne = param(words, 'E');
        if (ne !== undefined) e = ne * scale;
        const nx = param(words, 'X');
        if (nx !== undefined) x = nx * scale;
        const ny = param(words, 'Y');
        if (ny !== undefined) y = ny * scale;
        const nz = param(words, 'Z');
        if (nz !== undefined) z = nz * scale;
        continue;
      }
      case 'G0': case 'G00': case 'G1': case 'G01': case 'G2': case 'G02': case 'G3': case 'G03': break;
      default: continue;
    }

    const px = param(words, 'X');
    const py = param(words, 'Y');
    const pz = param(words, 'Z');
    const pe = param(words, 'E');
    const nx = px === undefined ? x : absolute ? px * scale : x + px * scale;
    const ny = py === undefined ? y : absolute ? py * scale : y + py * scale;
    const nz = pz === undefined ? z : absolute ? pz * scale : z + pz * scale;
    let extruding = false;
    if (pe !== undefined) {
      const ne = absoluteE ? pe * scale : e + pe * scale;
      extruding = ne > e + 1e-9;
      e = ne;
    }

    if (extruding && (nx !== x || ny !== y) && command !== 'G0' && command !== 'G00') {
      const key = Math.round(nz * 1000) / 1000;
      let layer = byZ.get(key);
      if (!layer) {
        layer = { z: key, segments: [] };
        byZ.set(key, layer);
        layers.push(layer);
      }
      layer.segments.push(x, y, nz, nx, ny, nz);
      segmentCount++;
      minX = Math.min(minX, x, nx); maxX = Math.max(maxX, x, nx);
      minY = Math.min(minY, y, ny); maxY = Math.max(maxY, y, ny);
      minZ = Math.min(minZ, nz); maxZ = Math.max(maxZ, nz);
    }
    x = nx;
    y = ny;
    z = nz;
  }

  layers.sort((a, b) => a.z - b.z);
  return {
    layers,
    bounds: segmentCount > 0 ? { minX, maxX, minY, maxY, minZ, maxZ } : null,
    segmentCount,
  };
}
