import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { keepScreenshot, viewports } from './support/shots';

// Every mesh the server can read renders in the 3D viewer: shaded, framed, never blank or black. The fixtures live in
// the repository (tests/fixtures/files, provenance in SOURCES.md).
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/files');
const meshes = [
  'binary-cube_header-starts-with-solid.stl',
  'binary-halfdonut_solid-header_trailing-byte.stl',
  'ascii-cube.stl',
  'prusaslicer-2.5.0_moon_project.3mf',
  'bambustudio-1.7.4_sphereu_project.3mf',
];

interface CanvasStats {
  mode: string;
  width: number;
  height: number;
  /** Share of pixels that differ from the background. */
  painted: number;
  /** Share of painted pixels that are (nearly) black. */
  black: number;
  /** Standard deviation of the painted pixels' luminance: shading, not one flat colour. */
  shading: number;
  /** The painted area's bounding box as shares of the canvas (framing). */
  box: { left: number; top: number; right: number; bottom: number };
}

async function canvasStats(page: Page): Promise<CanvasStats> {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('[data-testid="viewer-stage"]');
    const canvas = stage?.querySelector('canvas');
    const none = { mode: 'none', width: 0, height: 0, painted: 0, black: 0, shading: 0, box: { left: 0, top: 0, right: 0, bottom: 0 } };
    if (!stage || !canvas || canvas.width === 0) return none;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d')!;
    context.drawImage(canvas, 0, 0);
    const data = context.getImageData(0, 0, copy.width, copy.height).data;
    let painted = 0;
    let black = 0;
    let sum = 0;
    let squares = 0;
    let left = copy.width, top = copy.height, right = 0, bottom = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
      const background = Math.abs(r - 0xf4) + Math.abs(g - 0xf4) + Math.abs(b - 0xf5) <= 30;
      if (background || data[i + 3]! === 0) continue;
      painted++;
      const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      if (luminance < 20) black++;
      sum += luminance;
      squares += luminance * luminance;
      const x = (i / 4) % copy.width, y = Math.floor(i / 4 / copy.width);
      left = Math.min(left, x); right = Math.max(right, x); top = Math.min(top, y); bottom = Math.max(bottom, y);
    }
    const total = copy.width * copy.height;
    const mean = painted > 0 ? sum / painted : 0;
    return {
      mode: stage.dataset.renderMode ?? '',
      width: copy.width,
      height: copy.height,
      painted: painted / total,
      black: painted > 0 ? black / painted : 0,
      shading: painted > 0 ? Math.sqrt(Math.max(0, squares / painted - mean * mean)) : 0,
      box: { left: left / copy.width, top: top / copy.height, right: right / copy.width, bottom: bottom / copy.height },
    };
  });
}

async function expectRendered(page: Page, name: string, expectedMode: string | null): Promise<CanvasStats> {
  let stats = await canvasStats(page);
  await expect.poll(async () => (stats = await canvasStats(page)).painted, { timeout: 20_000, message: `${name} paints the canvas` }).toBeGreaterThan(0.02);
  if (expectedMode) expect(stats.mode).toBe(expectedMode);
  expect(stats.black, `${name}: not a black silhouette`).toBeLessThan(0.2);
  expect(stats.shading, `${name}: shaded (light and dark faces)`).toBeGreaterThan(8);
  // Framed to fit: the model fills a good part of the canvas and is not cut off at the edges.
  expect(stats.box.right - stats.box.left, `${name}: framed`).toBeGreaterThan(0.2);
  expect(stats.box.left, `${name}: not cut off`).toBeGreaterThan(0);
  expect(stats.box.right, `${name}: not cut off`).toBeLessThan(1);
  test.info().annotations.push({ type: 'viewer', description: `${name}: ${JSON.stringify(stats)}` });
  return stats;
}

test('the 3D viewer renders every mesh the server reads, in WebGL and in the 2D fallback', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await page.goto('files');
  await expect(page.getByRole('heading', { name: 'Files', level: 1 })).toBeVisible();
  // Own names: other specs upload some of the same fixtures to the shared Api.
  const stamp = Date.now().toString(36);
  const uploaded = meshes.map((fixture) => ({ fixture, name: `v${stamp}-${fixture}` }));
  for (const { fixture, name } of uploaded) {
    await page.getByTestId('upload-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: readFileSync(path.join(fixtures, fixture)) });
    await expect(page.getByTestId(`file-row-${name}`)).toBeVisible();
  }

  for (const [query, mode] of [['', 'webgl'], ['?viewer2d=1', '2d']] as const) {
    await page.setViewportSize(viewports[0]);
    await page.goto(`files${query}`);
    for (const { fixture, name } of uploaded) {
      const row = page.getByTestId(`file-row-${name}`);
      await row.getByRole('button', { name: 'Preview', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: `Preview: ${name}` });
      await expect(dialog.getByTestId('viewer-canvas')).toBeVisible();
      await expect(dialog.getByRole('alert')).toHaveCount(0);
      await expectRendered(page, name, mode);
      await keepScreenshot(page, testInfo, `viewer-${mode}-${fixture}`, { fullPage: false });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  }

  // On a phone the dialog's viewer renders too.
  await page.setViewportSize(viewports[1]);
  await page.goto('files');
  const { fixture, name } = uploaded[4]!;
  const card = page.getByTestId(`file-row-${name}`);
  await card.getByRole('button', { name: 'Preview', exact: true }).click();
  await expectRendered(page, name, 'webgl');
  // The Files table behind the dialog is not phone-shaped yet (issue 16 point 4, the locale engineer's): only the dialog is judged here.
  await keepScreenshot(page, testInfo, `viewer-webgl-${fixture}`, { fullPage: false, allowOverflow: true });
});
