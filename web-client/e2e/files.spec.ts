import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The shared print-file fixtures (repository checkout with shared/ beside it, or PRINTERNIZER_FIXTURES).
const here = path.dirname(fileURLToPath(import.meta.url));
function findFixtures(): string {
  if (process.env.PRINTERNIZER_FIXTURES) return process.env.PRINTERNIZER_FIXTURES;
  for (let dir = here; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'fixtures');
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error('shared/fixtures not found; set PRINTERNIZER_FIXTURES');
  }
}
const fixturesRoot = findFixtures();
const fixture = (name: string) => path.join(fixturesRoot, 'files', name);

const stl = 'binary-cube_header-starts-with-solid.stl';
const gcode = 'prusaslicer-2.5.0_MINI_box_png-thumbs.gcode';

/** Pixels of the viewer canvas that differ from the background (WebGL canvases keep their buffer for this). */
async function paintedPixels(page: Page): Promise<{ mode: string; painted: number }> {
  return page.evaluate(() => {
    const stage = document.querySelector<HTMLElement>('[data-testid="viewer-stage"]');
    const canvas = stage?.querySelector('canvas');
    if (!stage || !canvas) return { mode: 'none', painted: 0 };
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const context = copy.getContext('2d')!;
    context.drawImage(canvas, 0, 0);
    const data = context.getImageData(0, 0, copy.width, copy.height).data;
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      const differs = Math.abs(data[i]! - 0xf4) + Math.abs(data[i + 1]! - 0xf4) + Math.abs(data[i + 2]! - 0xf5) > 30;
      if (differs && data[i + 3]! > 0) painted++;
    }
    return { mode: stage.dataset.renderMode ?? '', painted };
  });
}

async function uploadAndPreview(page: Page, name: string): Promise<void> {
  await page.getByTestId('upload-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: readFileSync(fixture(name)) });
  const row = page.getByTestId(`file-row-${name}`);
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Preview', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Preview: ${name}` });
  await expect(dialog.getByTestId('viewer-canvas')).toBeVisible();
  await expect.poll(async () => (await paintedPixels(page)).painted, { timeout: 20_000 }).toBeGreaterThan(500);
  // Headless Chromium with --disable-gpu normally renders WebGL through SwiftShader; the 2D path is the fallback.
  const { mode } = await paintedPixels(page);
  expect(['webgl', '2d']).toContain(mode);
  test.info().annotations.push({ type: 'render-mode', description: `${name}: ${mode}` });
  console.log(`viewer render mode for ${name}: ${mode}`);
  await dialog.getByRole('button', { name: 'Reset view' }).click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('uploaded STL and G-code show metadata in the list and render in the preview', async ({ page }) => {
  await page.goto('files');
  await expect(page.getByRole('heading', { name: 'Files' })).toBeVisible();

  await uploadAndPreview(page, stl);
  await uploadAndPreview(page, gcode);

  // Metadata arrives from the background inspection (SSE file.updated or the next load).
  await expect(async () => {
    await page.reload();
    const row = page.getByTestId(`file-row-${gcode}`);
    await expect(row.getByTestId('print-time')).toHaveText('5m 29s', { timeout: 2_000 });
    await expect(row.getByTestId('filament')).toContainText('0.44 g PETG', { timeout: 2_000 });
    await expect(page.getByTestId(`file-row-${stl}`).locator('img')).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
  await expect(page.getByTestId('file-statistics')).toContainText('local');
});

test('the G-code viewer has a layer slider and the 2D fallback renders too', async ({ page }) => {
  await page.goto('files?viewer2d=1');
  const row = page.getByTestId(`file-row-${gcode}`);
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: 'Preview', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Preview: ${gcode}` });
  const slider = dialog.getByTestId('layer-slider');
  await expect(slider).toBeVisible();
  await expect.poll(async () => (await paintedPixels(page)).mode).toBe('2d');
  await expect.poll(async () => (await paintedPixels(page)).painted).toBeGreaterThan(500);
  await slider.fill('1');
  await expect(dialog).toContainText('Layer 1 /');
});
