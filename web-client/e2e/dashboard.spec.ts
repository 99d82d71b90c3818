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

test('the progress bar of a printing printer moves without a reload', async ({ page }) => {
  const printer = await createPrinterViaApi(page.request, { name: uniqueName('Progress'), kind: 'simulated' });
  try {
    await page.goto('./');
    const card = page.getByRole('article', { name: printer.name });
    await expect(card.locator('.status-badge')).toHaveAttribute('data-state', 'printing', { timeout: 45_000 });
    const bar = card.getByRole('progressbar');
    const first = Number(await bar.getAttribute('aria-valuenow'));

    await expect.poll(async () => Number((await bar.getAttribute('aria-valuenow')) ?? first), { timeout: 30_000 }).toBeGreaterThan(first);
    await expect(card.getByTestId('percent')).toContainText('%');
  } finally {
    await deletePrinterViaApi(page.request, printer.id);
  }
});

test('pause and resume from the dashboard ask first and change the card', async ({ page }) => {
  test.setTimeout(120_000);
  const printer = await createPrinterViaApi(page.request, { name: uniqueName('Pause'), kind: 'simulated' });
  try {
    await page.goto('./');
    const card = page.getByRole('article', { name: printer.name });
    const badge = card.locator('.status-badge');
    // A print that has time left, so it does not end while the dialog is open.
    await expect
      .poll(
        async () =>
          (await badge.getAttribute('data-state')) === 'printing' && Number((await card.getByRole('progressbar').getAttribute('aria-valuenow')) ?? 100) < 70,
        { timeout: 90_000, intervals: [250] },
      )
      .toBe(true);

    await card.getByRole('button', { name: 'Pause' }).click();
    const pauseDialog = page.getByRole('dialog', { name: `Pause ${printer.name}?` });
    await expect(pauseDialog).toBeVisible();
    await pauseDialog.getByRole('button', { name: 'Pause print' }).click();
    await expect(pauseDialog).toBeHidden();
    await expect(badge).toHaveAttribute('data-state', 'paused');
    await expect(card.getByRole('button', { name: 'Pause' })).toHaveCount(0);

    await card.getByRole('button', { name: 'Resume' }).click();
    const resumeDialog = page.getByRole('dialog', { name: `Resume ${printer.name}?` });
    await resumeDialog.getByRole('button', { name: 'Resume print' }).click();
    await expect(resumeDialog).toBeHidden();
    await expect(badge).not.toHaveAttribute('data-state', 'paused');
    await expect(card.getByRole('button', { name: 'Pause' })).toBeVisible();
  } finally {
    await deletePrinterViaApi(page.request, printer.id);
  }
});

test('a Bambu card shows the pinned certificate and re-pins it after confirmation', async ({ page }) => {
  // Inactive and on loopback: nothing is contacted.
  const printer = await createPrinterViaApi(page.request, {
    name: uniqueName('Bambu'),
    kind: 'bambu',
    host: '127.0.0.1',
    serial: '03919C451234567',
    accessCode: '12345678',
    mqttPort: 9,
    ftpsPort: 9,
    tlsFingerprint: 'ab12cd34'.repeat(8),
    isActive: false,
  });
  try {
    await page.goto('./');
    const card = page.getByRole('article', { name: printer.name });
    await expect(card.getByTestId('certificate')).toContainText('Certificate pinned AB12CD34');

    await card.getByRole('button', { name: 'Re-pin' }).click();
    const dialog = page.getByRole('dialog', { name: `Re-pin the certificate of ${printer.name}?` });
    await dialog.getByRole('button', { name: 'Re-pin certificate' }).click();
    await expect(dialog).toBeHidden();
    await expect(card.getByTestId('certificate')).toContainText('Certificate not pinned yet');

    const stored = (await (await page.request.get(`api/v1/printers/${printer.id}`)).json()) as { tlsFingerprint: string | null };
    expect(stored.tlsFingerprint).toBeNull();
  } finally {
    await deletePrinterViaApi(page.request, printer.id);
  }
});
