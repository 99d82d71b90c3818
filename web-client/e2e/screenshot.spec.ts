import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createPrinterViaApi, deletePrinterViaApi, expect, test } from './fixtures';

// Renders the dashboard with a few printers and saves it as an image for the README:
// always to test-results/screenshots/dashboard.png; also to PRINTERNIZER_SCREENSHOT_PATH when set
// (e.g. PRINTERNIZER_SCREENSHOT_PATH=../docs/screenshot.png Printernizer__Simulation__Speed=5 npx playwright test screenshot).
test('dashboard screenshot', async ({ page }) => {
  test.setTimeout(150_000);
  const printers = [
    await createPrinterViaApi(page.request, { name: 'Bambu A1 Werkstatt', kind: 'bambu', host: '127.0.0.1', mqttPort: 9, serial: '03919C441200123', accessCode: '12345678', isActive: false }),
    await createPrinterViaApi(page.request, { name: 'Prusa Core One', kind: 'prusa', host: '127.0.0.1', httpPort: 9, apiKey: 'PrusaLinkKey1' }),
    await createPrinterViaApi(page.request, { name: 'Simulator 1', kind: 'simulated' }),
    await createPrinterViaApi(page.request, { name: 'Simulator 2', kind: 'simulated' }),
  ];
  try {
    await page.goto('./');
    for (const printer of printers) await expect(page.getByRole('article', { name: printer.name })).toBeVisible();
    await expect(page.locator('[data-connection="open"]')).toBeVisible();
    // Nicer picture with a print under way; take it anyway if the simulators are not that far yet.
    await page
      .waitForFunction(
        () => [...document.querySelectorAll('[role="progressbar"]')].some((bar) => Number(bar.getAttribute('aria-valuenow')) >= 10),
        undefined,
        { timeout: 90_000 },
      )
      .catch(() => undefined);

    const file = resolve('test-results/screenshots/dashboard.png');
    await mkdir(dirname(file), { recursive: true });
    await page.screenshot({ path: file, fullPage: true });
    const target = process.env.PRINTERNIZER_SCREENSHOT_PATH;
    if (target) {
      await mkdir(dirname(resolve(target)), { recursive: true });
      await copyFile(file, resolve(target));
    }
  } finally {
    for (const printer of printers) await deletePrinterViaApi(page.request, printer.id);
  }
});
