// The 3D model and G-code toolpath viewers. Loaded with a dynamic import only when a preview opens, so three.js
// stays in its own chunk. WebGL when the browser offers it, else a 2D-canvas rendering of the same scene.
import * as THREE from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { stlTriangles, threeMfTriangles } from './meshParsing';
import type { GCodeToolpath } from '../gcodeParser';

export type RenderMode = 'webgl' | '2d';

export interface Viewer {
  readonly mode: RenderMode;
  readonly canvas: HTMLCanvasElement;
  /** Layers of a toolpath (0 for meshes). */
  readonly layerCount: number;
  /** Shows layers 1..layer (toolpaths only). */
  setLayer(layer: number): void;
  resetView(): void;
  dispose(): void;
}

const BACKGROUND = 0xf4f4f5;
const MODEL_COLOR = 0xf28c28;

function tryWebGl(canvas: HTMLCanvasElement): THREE.WebGLRenderer | null {
  try {
    const renderer = new THREE.WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
    renderer.setClearColor(BACKGROUND, 1);
    return renderer;
  } catch {
    return null;
  }
}

function newCanvas(container: HTMLElement): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.style.width = '100%';
  canvas.style.height = '100%';
  canvas.style.display = 'block';
  canvas.dataset.testid = 'viewer-canvas';
  container.appendChild(canvas);
  return canvas;
}

/**
 * Parses STL or 3MF into a Z-up mesh in millimetres. Normals are always computed from the triangles (files often
 * store zero or wrong normals, which would render black).
 */
export function parseModel(data: ArrayBuffer, format: string): THREE.Object3D {
  const triangles = format === '3mf' ? threeMfTriangles(data) : stlTriangles(data);
  for (let i = 0; i < triangles.length; i++) {
    if (!Number.isFinite(triangles[i]!)) throw new Error('The model contains coordinates that are not numbers.');
  }
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.Float32BufferAttribute(triangles, 3));
  geometry.computeVertexNormals();
  return new THREE.Mesh(geometry, new THREE.MeshStandardMaterial({ color: MODEL_COLOR, roughness: 0.6, metalness: 0.05, side: THREE.DoubleSide }));
}

function toolpathObject(toolpath: GCodeToolpath): { group: THREE.Group; layers: THREE.LineSegments[] } {
  const group = new THREE.Group();
  const layers: THREE.LineSegments[] = [];
  const count = toolpath.layers.length;
  toolpath.layers.forEach((layer, index) => {
    const geometry = new THREE.BufferGeometry();
    geometry.setAttribute('position', new THREE.Float32BufferAttribute(layer.segments, 3));
    const color = new THREE.Color().setHSL(0.6 - 0.6 * (count > 1 ? index / (count - 1) : 0), 0.8, 0.45);
    const lines = new THREE.LineSegments(geometry, new THREE.LineBasicMaterial({ color }));
    layers.push(lines);
    group.add(lines);
  });
  return { group, layers };
}

/** Z-up objects shown with a Y-up camera. */
function wrap(object: THREE.Object3D): THREE.Group {
  const root = new THREE.Group();
  root.rotation.x = -Math.PI / 2;
  root.add(object);
  return root;
}

function createWebGlViewer(renderer: THREE.WebGLRenderer, container: HTMLElement, object: THREE.Object3D, layers: THREE.LineSegments[]): Viewer {
  const canvas = renderer.domElement;
  const scene = new THREE.Scene();
  scene.background = new THREE.Color(BACKGROUND);
  scene.add(new THREE.HemisphereLight(0xffffff, 0x888888, 1.6));
  const sun = new THREE.DirectionalLight(0xffffff, 1.6);
  sun.position.set(1, 2, 1.5);
  scene.add(sun);
  const root = wrap(object);
  scene.add(root);

  const camera = new THREE.PerspectiveCamera(40, 1, 0.1, 100_000);
  const controls = new OrbitControls(camera, canvas);
  const render = () => renderer.render(scene, camera);
  controls.addEventListener('change', render);

  const box = new THREE.Box3().setFromObject(root);
  const center = box.getCenter(new THREE.Vector3());
  const size = Math.max(1, box.getSize(new THREE.Vector3()).length());
  const defaultDirection = new THREE.Vector3(0.9, 0.75, 1.1).normalize();
  /** Puts the camera where the bounding sphere fits both ways (a phone's portrait canvas is narrow), looking along `direction`. */
  const frame = (direction: THREE.Vector3) => {
    const vertical = THREE.MathUtils.degToRad(camera.fov);
    const horizontal = 2 * Math.atan(Math.tan(vertical / 2) * camera.aspect);
    const distance = ((size / 2) / Math.sin(Math.min(vertical, horizontal) / 2)) * 1.1;
    camera.position.copy(center).add(direction.clone().multiplyScalar(distance));
    camera.near = size / 1000;
    camera.far = size * 100;
    camera.updateProjectionMatrix();
    controls.target.copy(center);
    controls.update();
    render();
  };
  const resetView = () => frame(defaultDirection);

  const resize = () => {
    const width = Math.max(1, container.clientWidth);
    const height = Math.max(1, container.clientHeight);
    renderer.setPixelRatio(Math.min(2, window.devicePixelRatio || 1));
    renderer.setSize(width, height, false);
    camera.aspect = width / height;
    // Keep the user's viewing direction; refit the distance to the new shape.
    const direction = camera.position.clone().sub(controls.target);
    frame(direction.lengthSq() > 0 ? direction.normalize() : defaultDirection);
  };
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
  observer?.observe(container);
  resize();
  resetView();

  return {
    mode: 'webgl',
    canvas,
    layerCount: layers.length,
    setLayer(layer: number) {
      layers.forEach((lines, index) => {
        lines.visible = index < layer;
      });
      render();
    },
    resetView,
    dispose() {
      observer?.disconnect();
      controls.dispose();
      root.traverse((child) => {
        if (child instanceof THREE.Mesh || child instanceof THREE.LineSegments) {
          child.geometry.dispose();
          const material = child.material as THREE.Material | THREE.Material[];
          (Array.isArray(material) ? material : [material]).forEach((m) => m.dispose());
        }
      });
      renderer.dispose();
      canvas.remove();
    },
  };
}

interface Flat {
  /** Triangles as 9 numbers each (world mm, Z up) for meshes. */
  triangles: Float32Array;
  /** Per layer segments (6 numbers each) for toolpaths. */
  layers: { segments: number[]; color: string }[];
}

function flatten(object: THREE.Object3D): Float32Array {
  object.updateMatrixWorld(true);
  const out: number[] = [];
  const v = new THREE.Vector3();
  object.traverse((child) => {
    if (!(child instanceof THREE.Mesh)) return;
    const geometry = child.geometry as THREE.BufferGeometry;
    const position = geometry.getAttribute('position');
    const index = geometry.getIndex();
    const count = index ? index.count : position.count;
    for (let i = 0; i < count && out.length < 9 * 300_000; i++) {
      v.fromBufferAttribute(position, index ? index.getX(i) : i).applyMatrix4(child.matrixWorld);
      out.push(v.x, v.y, v.z);
    }
  });
  return new Float32Array(out);
}

/** A 2D-canvas rendering (flat-shaded triangles or lines, painter's order) for browsers without WebGL. */
function createCanvasViewer(container: HTMLElement, canvas: HTMLCanvasElement, flat: Flat): Viewer {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser can draw neither WebGL nor 2D canvas.');
  let azimuth = -Math.PI / 4;
  let elevation = Math.PI / 6;
  let zoom = 1;
  let panX = 0;
  let panY = 0;
  let visibleLayers = flat.layers.length;

  const points: number[] = [];
  for (let i = 0; i < flat.triangles.length; i++) points.push(flat.triangles[i]!);
  flat.layers.forEach((l) => l.segments.forEach((n) => points.push(n)));
  let minX = Infinity, minY = Infinity, minZ = Infinity, maxX = -Infinity, maxY = -Infinity, maxZ = -Infinity;
  for (let i = 0; i < points.length; i += 3) {
    minX = Math.min(minX, points[i]!); maxX = Math.max(maxX, points[i]!);
    minY = Math.min(minY, points[i + 1]!); maxY = Math.max(maxY, points[i + 1]!);
    minZ = Math.min(minZ, points[i + 2]!); maxZ = Math.max(maxZ, points[i + 2]!);
  }
  const cx = (minX + maxX) / 2, cy = (minY + maxY) / 2, cz = (minZ + maxZ) / 2;
  const radius = Math.max(1, Math.hypot(maxX - minX, maxY - minY, maxZ - minZ) / 2);

  const project = (x: number, y: number, z: number, out: number[]) => {
    const dx = x - cx, dy = y - cy, dz = z - cz;
    const ca = Math.cos(azimuth), sa = Math.sin(azimuth), ce = Math.cos(elevation), se = Math.sin(elevation);
    const rx = dx * ca - dy * sa;
    const ry = dx * sa + dy * ca;
    out[0] = rx;
    out[1] = dz * ce - ry * se;
    out[2] = ry * ce + dz * se; // depth: larger is farther
  };

  const draw = () => {
    const width = Math.max(1, container.clientWidth);
    const height = Math.max(1, container.clientHeight);
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.fillStyle = '#f4f4f5';
    context.fillRect(0, 0, width, height);
    const scale = (Math.min(width, height) / (2.2 * radius)) * zoom;
    const sx = (v: number) => width / 2 + panX + v * scale;
    const sy = (v: number) => height / 2 + panY - v * scale;
    const a: number[] = [0, 0, 0], b: number[] = [0, 0, 0], c: number[] = [0, 0, 0];
    const t = flat.triangles;
    if (t.length > 0) {
      const order: { depth: number; i: number; shade: number }[] = [];
      for (let i = 0; i < t.length; i += 9) {
        project(t[i]!, t[i + 1]!, t[i + 2]!, a);
        project(t[i + 3]!, t[i + 4]!, t[i + 5]!, b);
        project(t[i + 6]!, t[i + 7]!, t[i + 8]!, c);
        const ux = b[0]! - a[0]!, uy = b[1]! - a[1]!, uz = b[2]! - a[2]!;
        const vx = c[0]! - a[0]!, vy = c[1]! - a[1]!, vz = c[2]! - a[2]!;
        const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
        const length = Math.hypot(nx, ny, nz) || 1;
        const shade = Math.abs((nx * 0.3 + ny * 0.6 - nz * 0.75) / length);
        order.push({ depth: (a[2]! + b[2]! + c[2]!) / 3, i, shade });
      }
      order.sort((p, q) => q.depth - p.depth);
      for (const { i, shade } of order) {
        project(t[i]!, t[i + 1]!, t[i + 2]!, a);
        project(t[i + 3]!, t[i + 4]!, t[i + 5]!, b);
        project(t[i + 6]!, t[i + 7]!, t[i + 8]!, c);
        const light = 0.35 + 0.65 * shade;
        context.fillStyle = `rgb(${Math.round(242 * light)},${Math.round(140 * light)},${Math.round(40 * light)})`;
        context.beginPath();
        context.moveTo(sx(a[0]!), sy(a[1]!));
        context.lineTo(sx(b[0]!), sy(b[1]!));
        context.lineTo(sx(c[0]!), sy(c[1]!));
        context.closePath();
        context.fill();
        context.strokeStyle = context.fillStyle;
        context.stroke();
      }
    }
    context.lineWidth = 1;
    flat.layers.slice(0, visibleLayers).forEach((layer) => {
      context.strokeStyle = layer.color;
      context.beginPath();
      const s = layer.segments;
      for (let i = 0; i < s.length; i += 6) {
        project(s[i]!, s[i + 1]!, s[i + 2]!, a);
        project(s[i + 3]!, s[i + 4]!, s[i + 5]!, b);
        context.moveTo(sx(a[0]!), sy(a[1]!));
        context.lineTo(sx(b[0]!), sy(b[1]!));
      }
      context.stroke();
    });
  };

  let dragging: { x: number; y: number; pan: boolean } | null = null;
  const onDown = (e: PointerEvent) => {
    dragging = { x: e.clientX, y: e.clientY, pan: e.button === 2 || e.shiftKey };
    canvas.setPointerCapture?.(e.pointerId);
  };
  const onMove = (e: PointerEvent) => {
    if (!dragging) return;
    const dx = e.clientX - dragging.x, dy = e.clientY - dragging.y;
    dragging.x = e.clientX;
    dragging.y = e.clientY;
    if (dragging.pan) {
      panX += dx;
      panY += dy;
    } else {
      azimuth -= dx * 0.01;
      elevation = Math.max(-Math.PI / 2, Math.min(Math.PI / 2, elevation + dy * 0.01));
    }
    draw();
  };
  const onUp = () => {
    dragging = null;
  };
  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    zoom = Math.max(0.1, Math.min(20, zoom * (e.deltaY < 0 ? 1.1 : 1 / 1.1)));
    draw();
  };
  const onContext = (e: Event) => e.preventDefault();
  canvas.addEventListener('pointerdown', onDown);
  canvas.addEventListener('pointermove', onMove);
  canvas.addEventListener('pointerup', onUp);
  canvas.addEventListener('wheel', onWheel, { passive: false });
  canvas.addEventListener('contextmenu', onContext);
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(draw);
  observer?.observe(container);
  draw();

  return {
    mode: '2d',
    canvas,
    layerCount: flat.layers.length,
    setLayer(layer: number) {
      visibleLayers = layer;
      draw();
    },
    resetView() {
      azimuth = -Math.PI / 4;
      elevation = Math.PI / 6;
      zoom = 1;
      panX = 0;
      panY = 0;
      draw();
    },
    dispose() {
      observer?.disconnect();
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerup', onUp);
      canvas.removeEventListener('wheel', onWheel);
      canvas.removeEventListener('contextmenu', onContext);
      canvas.remove();
    },
  };
}

export interface ViewerOptions {
  /** Skip WebGL (tests of the 2D path, or a user preference). */
  forceCanvas2d?: boolean;
}

/** A viewer for an STL or 3MF model. */
export function createMeshViewer(container: HTMLElement, data: ArrayBuffer, format: string, options: ViewerOptions = {}): Viewer {
  const object = parseModel(data, format);
  const canvas = newCanvas(container);
  const renderer = options.forceCanvas2d ? null : tryWebGl(canvas);
  if (renderer) return createWebGlViewer(renderer, container, object, []);
  canvas.remove();
  return createCanvasViewer(container, newCanvas(container), { triangles: flatten(object), layers: [] });
}

/** A viewer for G-code toolpaths with per-layer visibility. */
export function createToolpathViewer(container: HTMLElement, toolpath: GCodeToolpath, options: ViewerOptions = {}): Viewer {
  if (toolpath.layers.length === 0) throw new Error('The G-code contains no extruding moves to show.');
  const canvas = newCanvas(container);
  const renderer = options.forceCanvas2d ? null : tryWebGl(canvas);
  if (renderer) {
    const { group, layers } = toolpathObject(toolpath);
    return createWebGlViewer(renderer, container, group, layers);
  }
  canvas.remove();
  const count = toolpath.layers.length;
  return createCanvasViewer(container, newCanvas(container), {
    triangles: new Float32Array(0),
    layers: toolpath.layers.map((layer, index) => ({
      segments: layer.segments,
      color: `hsl(${Math.round(216 - 216 * (count > 1 ? index / (count - 1) : 0))}, 80%, 45%)`,
    })),
  });
}
