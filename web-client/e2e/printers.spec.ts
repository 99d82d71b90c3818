import { createPrinterViaApi, deletePrinterViaApi, expect, openPrinterSettings, test, uniqueName } from './fixtures';

const created: string[] = [];

test.afterEach(async ({ request }) => {
  // Keep the shared Api tidy for the next tests (and the screenshot).
  const list = (await (await request.get('api/v1/printers')).json()) as { id: string; name: string }[];
  for (const printer of list.filter((p) => created.includes(p.name))) await deletePrinterViaApi(request, printer.id);
  created.length = 0;
});

test('adding a simulated printer lists it in settings and on the dashboard', async ({ page }) => {
  const name = uniqueName('Sim');
  created.push(name);
  await openPrinterSettings(page);

  await page.getByRole('button', { name: /^Add (your first )?printer$/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add printer' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByText('Simulated', { exact: true }).click();
  await expect(dialog.getByLabel('Host or IP address')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Add printer' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Added “${name}”` })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Simulated');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('article', { name })).toBeVisible();
});

test('a Bambu printer without serial and access code shows the errors next to those fields', async ({ page }) => {
  await openPrinterSettings(page);

  await page.getByRole('button', { name: /^Add (your first )?printer$/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add printer' });
  await dialog.getByLabel('Name').fill(uniqueName('Bambu'));
  await dialog.getByText('Bambu Lab', { exact: true }).click();
  await dialog.getByLabel('Host or IP address').fill('192.168.178.40');
  await dialog.getByRole('button', { name: 'Add printer' }).click();

  const serialError = dialog.locator('[data-field="printer-serial"] .field-error');
  await expect(serialError).toContainText(/serial/i);
  await expect(dialog.getByLabel('Serial number')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.locator('[data-field="printer-access-code"] .field-error')).toContainText(/access code/i);
  await expect(dialog.locator('[data-field="printer-name"] .field-error')).toHaveCount(0);

  // Fixing the field clears its message; the dialog stays open until the Api accepts the printer.
  await dialog.getByLabel('Serial number').fill('03919C441200123');
  await expect(serialError).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('a duplicate name is reported next to the name field', async ({ page }) => {
  const name = uniqueName('Twin');
  created.push(name);
  await createPrinterViaApi(page.request, { name, kind: 'simulated' });
  await openPrinterSettings(page);

  await page.getByRole('button', { name: 'Add printer' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add printer' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByText('Simulated', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Add printer' }).click();

  await expect(dialog.locator('[data-field="printer-name"] .field-error')).toContainText(/name/i);
  await expect(dialog.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
});

test('a printer can be renamed and then deleted after confirming', async ({ page }) => {
  const name = uniqueName('Prusa');
  const renamed = `${name} Werkstatt`;
  created.push(name, renamed);
  const printer = await createPrinterViaApi(page.request, { name, kind: 'prusa', host: '127.0.0.1', httpPort: 9, apiKey: 'PrusaLinkKey1', isActive: false });
  await openPrinterSettings(page);

  await page.getByRole('button', { name: `Edit ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${name}` });
  await expect(dialog.getByLabel('API key')).toHaveAttribute('placeholder', 'unchanged');
  await expect(dialog.getByLabel('Host or IP address')).toHaveValue('127.0.0.1');
  await dialog.getByLabel('Name').fill(renamed);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: renamed })).toBeVisible();

  const stored = (await (await page.request.get(`api/v1/printers/${printer.id}`)).json()) as { name: string; hasApiKey: boolean };
  expect(stored).toMatchObject({ name: renamed, hasApiKey: true });

  await page.getByRole('button', { name: `Delete ${renamed}` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${renamed}?` });
  await expect(confirm).toContainText('not changed');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('row').filter({ hasText: renamed })).toBeVisible();

  await page.getByRole('button', { name: `Delete ${renamed}` }).click();
  await page.getByRole('dialog', { name: `Delete ${renamed}?` }).getByRole('button', { name: 'Delete printer' }).click();

  await expect(page.getByRole('row').filter({ hasText: renamed })).toHaveCount(0);
  expect((await page.request.get(`api/v1/printers/${printer.id}`)).status()).toBe(404);
});

test('testing the connection says whether the printer can be reached', async ({ page }) => {
  const sim = uniqueName('SimTest');
  const prusa = uniqueName('Unreachable');
  created.push(sim, prusa);
  await createPrinterViaApi(page.request, { name: sim, kind: 'simulated' });
  await createPrinterViaApi(page.request, { name: prusa, kind: 'prusa', host: '127.0.0.1', httpPort: 9, apiKey: 'PrusaLinkKey1', isActive: false });
  await openPrinterSettings(page);

  await page.getByRole('button', { name: `Test connection to ${sim}` }).click();
  await expect(page.getByRole('row').filter({ hasText: sim }).getByRole('status')).toContainText('Connection OK');

  await page.getByRole('button', { name: `Test connection to ${prusa}` }).click();
  await expect(page.getByRole('row').filter({ hasText: prusa }).getByRole('status')).toContainText('Connection failed', { timeout: 45_000 });
});
