import { createPrinterViaApi, deletePrinterViaApi, expect, test, uniqueName } from './fixtures';

test('the live status of a simulated printer reaches the dashboard over SSE', async ({ page }) => {
  const printer = await createPrinterViaApi(page.request, { name: uniqueName('Live'), kind: 'simulated' });
  const disabled = await createPrinterViaApi(page.request, { name: uniqueName('Off'), kind: 'simulated', isActive: false });
  try {
    await page.goto('./');
    await expect(page.locator('[data-connection="open"]')).toBeVisible();
    const card = page.getByRole('article', { name: printer.name });

    // The simulator (60x speed in e2e) heats up and starts a print within seconds.
    await expect(card.locator('.status-badge')).toHaveAttribute('data-state', 'printing', { timeout: 45_000 });
    await expect(card.getByRole('progressbar')).toBeVisible();
    await expect(card.getByText('Nozzle')).toBeVisible();

    // The page does not poll: any later change of the card came through the event stream.
    const shown = await card.textContent();
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).not.toBe(shown);

    await expect(page.getByRole('article', { name: disabled.name }).locator('.status-badge')).toHaveAttribute('data-state', 'inactive');
  } finally {
    await deletePrinterViaApi(page.request, printer.id);
    await deletePrinterViaApi(page.request, disabled.id);
  }
});
