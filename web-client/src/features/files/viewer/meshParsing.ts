// Mesh parsing for the 3D viewer, with the same rules as the server's readers (formats.md sections 4 and 5):
// binary STL is recognised by its triangle count even when the header starts with "solid" or bytes trail the last
// triangle; 3MF is read from every model part (Bambu/Orca keep each object in its own part, referenced with p:path),
// with units and all component and build-item transforms applied.
import { unzipSync } from 'three/examples/jsm/libs/fflate.module.js';

const BINARY_TRIANGLE = 50;
/** As the server: up to this many bytes may trail the last binary triangle. */
const TRAILING_TOLERANCE = 512;

/** The byte length of the binary STL in `data` (without trailing bytes), or null when it is ASCII STL. */
export function binaryStlLength(data: ArrayBuffer): number | null {
  const length = data.byteLength;
  const probe = new TextDecoder('latin1').decode(new Uint8Array(data, 0, Math.min(length, 1024)));
  const looksAscii = /facet/i.test(probe) && /vertex/i.test(probe);
  const startsWithSolid = /^\s*solid/i.test(probe);
  if (length < 84) return null;
  const count = new DataView(data).getUint32(80, true);
  const binarySize = 84 + BINARY_TRIANGLE * count;
  if (binarySize === length || (count > 0 && binarySize < length && length <= binarySize + TRAILING_TOLERANCE && !looksAscii)) return binarySize;
  if (startsWithSolid && /facet/i.test(probe)) return null;
  if (binarySize <= length) return binarySize;
  if (startsWithSolid) return null;
  throw new Error(`Not an STL: ${count} binary triangles need ${binarySize} bytes but the file has ${length}, and it is not ASCII STL.`);
}

/** Triangles of an STL as 9 numbers each (mm). */
export function stlTriangles(data: ArrayBuffer): Float32Array {
  const binary = binaryStlLength(data);
  if (binary !== null) {
    const view = new DataView(data);
    const count = (binary - 84) / BINARY_TRIANGLE;
    const out = new Float32Array(count * 9);
    for (let t = 0; t < count; t++) {
      const offset = 84 + t * BINARY_TRIANGLE + 12; // skip the stored normal: it is often zero
      for (let k = 0; k < 9; k++) out[t * 9 + k] = view.getFloat32(offset + k * 4, true);
    }
    return out;
  }
  const text = new TextDecoder('latin1').decode(data);
  const numbers: number[] = [];
  const vertex = /vertex\s+(\S+)\s+(\S+)\s+(\S+)/gi;
  for (let match = vertex.exec(text); match; match = vertex.exec(text)) numbers.push(Number(match[1]), Number(match[2]), Number(match[3]));
  const usable = numbers.length - (numbers.length % 9);
  if (usable === 0) throw new Error('The ASCII STL contains no triangles.');
  return Float32Array.from(numbers.slice(0, usable));
}

const CORE = 'http://schemas.microsoft.com/3dmanufacturing/core/2015/02';
const PRODUCTION = 'http://schemas.microsoft.com/3dmanufacturing/production/2015/06';
const UNITS: Record<string, number> = { micron: 0.001, millimeter: 1, centimeter: 10, inch: 25.4, foot: 304.8, meter: 1000 };

/** Row-vector affine transform: x' = x·m00 + y·m10 + z·m20 + m30 (formats.md 4.2). */
type Affine = readonly number[];
const IDENTITY: Affine = [1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0];

function parseTransform(text: string | null, unit: number): Affine {
  if (!text) return IDENTITY;
  const m = text.trim().split(/\s+/).map(Number);
  if (m.length !== 12 || m.some((n) => !Number.isFinite(n))) throw new Error('A 3MF transform is not 12 numbers.');
  return [...m.slice(0, 9), m[9]! * unit, m[10]! * unit, m[11]! * unit];
}

/** `inner` then `outer`. */
function then(inner: Affine, outer: Affine): Affine {
  const r: number[] = new Array(12).fill(0);
  for (let row = 0; row < 4; row++) {
    for (let col = 0; col < 3; col++) {
      const a = (i: number) => (row < 3 ? inner[row * 3 + i]! : inner[9 + i]!);
      r[row * 3 + col] = a(0) * outer[col]! + a(1) * outer[3 + col]! + a(2) * outer[6 + col]! + (row === 3 ? outer[9 + col]! : 0);
    }
  }
  return r;
}

interface ModelObject {
  vertices: number[];
  triangles: number[];
  components: { path: string | null; objectId: string; transform: Affine }[];
}

interface ModelPart {
  objects: Map<string, ModelObject>;
  items: { path: string | null; objectId: string; transform: Affine; printable: boolean }[];
}

/** `p:path` by namespace (whatever prefix the file uses), else by its usual qualified name. */
const productionPath = (element: Element) => element.getAttributeNS(PRODUCTION, 'path') || element.getAttribute('p:path');

const normalize = (path: string) => path.replace(/^\/+/, '').toLowerCase();

function parsePart(xml: string, name: string): ModelPart {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error(`${name} is not valid XML.`);
  const model = doc.documentElement;
  const unit = UNITS[model.getAttribute('unit') ?? 'millimeter'] ?? 1;
  const objects = new Map<string, ModelObject>();
  for (const element of Array.from(model.getElementsByTagNameNS(CORE, 'object'))) {
    const object: ModelObject = { vertices: [], triangles: [], components: [] };
    for (const v of Array.from(element.getElementsByTagNameNS(CORE, 'vertex'))) {
      object.vertices.push(Number(v.getAttribute('x')) * unit, Number(v.getAttribute('y')) * unit, Number(v.getAttribute('z')) * unit);
    }
    for (const t of Array.from(element.getElementsByTagNameNS(CORE, 'triangle'))) {
      object.triangles.push(Number(t.getAttribute('v1')), Number(t.getAttribute('v2')), Number(t.getAttribute('v3')));
    }
    for (const c of Array.from(element.getElementsByTagNameNS(CORE, 'component'))) {
      const path = productionPath(c);
      object.components.push({ path: path ? normalize(path) : null, objectId: c.getAttribute('objectid') ?? '', transform: parseTransform(c.getAttribute('transform'), unit) });
    }
    objects.set(element.getAttribute('id') ?? '', object);
  }
  const items = Array.from(model.getElementsByTagNameNS(CORE, 'item')).map((item) => {
    const path = productionPath(item);
    return {
      path: path ? normalize(path) : null,
      objectId: item.getAttribute('objectid') ?? '',
      transform: parseTransform(item.getAttribute('transform'), unit),
      printable: item.getAttribute('printable') !== '0',
    };
  });
  return { objects, items };
}

function rootPartName(entries: Record<string, Uint8Array>): string {
  const rels = Object.entries(entries).find(([name]) => name.toLowerCase() === '_rels/.rels');
  if (rels) {
    const doc = new DOMParser().parseFromString(new TextDecoder().decode(rels[1]), 'application/xml');
    for (const rel of Array.from(doc.getElementsByTagName('Relationship'))) {
      if ((rel.getAttribute('Type') ?? '').endsWith('/3dmodel')) return normalize(rel.getAttribute('Target') ?? '');
    }
  }
  return '3d/3dmodel.model';
}

/** Triangles of a 3MF's printable build items as 9 numbers each (mm, transforms applied, Z up). */
export function threeMfTriangles(data: ArrayBuffer, maxTriangles = 2_000_000): Float32Array {
  const zipped = unzipSync(new Uint8Array(data), { filter: (file) => /\.model$/i.test(file.name) || /_rels\/\.rels$/i.test(file.name) });
  const byName = new Map(Object.entries(zipped).map(([name, bytes]) => [normalize(name), bytes]));
  const parts = new Map<string, ModelPart>();
  const part = (name: string): ModelPart | null => {
    if (!parts.has(name)) {
      const bytes = byName.get(name);
      if (!bytes) return null;
      parts.set(name, parsePart(new TextDecoder().decode(bytes), name));
    }
    return parts.get(name)!;
  };
  const root = rootPartName(zipped);
  const rootPart = part(root);
  if (!rootPart) throw new Error('The 3MF has no 3D model.');

  const out: number[] = [];
  const visit = (partName: string, objectId: string, transform: Affine, depth: number) => {
    if (depth > 16) throw new Error('3MF components are nested too deeply.');
    const object = part(partName)?.objects.get(objectId);
    if (!object) return;
    const v = object.vertices;
    const t = transform;
    for (let i = 0; i < object.triangles.length && out.length < maxTriangles * 9; i++) {
      const k = object.triangles[i]! * 3;
      const x = v[k]!, y = v[k + 1]!, z = v[k + 2]!;
      out.push(x * t[0]! + y * t[3]! + z * t[6]! + t[9]!, x * t[1]! + y * t[4]! + z * t[7]! + t[10]!, x * t[2]! + y * t[5]! + z * t[8]! + t[11]!);
    }
    for (const component of object.components) visit(component.path ?? partName, component.objectId, then(component.transform, transform), depth + 1);
  };
  for (const item of rootPart.items.filter((i) => i.printable)) visit(item.path ?? root, item.objectId, item.transform, 0);
  if (out.length === 0) throw new Error('The 3MF contains no printable mesh.');
  return Float32Array.from(out);
}
