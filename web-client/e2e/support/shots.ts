import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** The two sizes every UI point is checked at: a desktop and a phone. */
export const viewports = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/**
 * Saves a full-page screenshot as a kept artifact (test-results/screenshots/<name>-<width>x<height>.png, also
 * attached to the report; a dialog is best taken with `fullPage: false`) after asserting that the page does not scroll sideways.
 */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string, options: { fullPage?: boolean; allowOverflow?: boolean } = {}): Promise<void> {
  const size = page.viewportSize();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (!options.allowOverflow) expect(overflow, `${name}: no horizontal scrolling`).toBeLessThanOrEqual(0);
  const file = resolve('test-results/screenshots', `${name}-${size?.width ?? 0}x${size?.height ?? 0}.png`);
  await mkdir(resolve('test-results/screenshots'), { recursive: true });
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
}
