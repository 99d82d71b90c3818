import { request as playwrightRequest } from '@playwright/test';
import { expect, test, uniqueName } from './fixtures';

test('an API key is shown once, works for scripts, and stops working when revoked', async ({ page, baseURL }) => {
  const name = uniqueName('Buchhaltung');
  await page.goto('settings/api-keys');
  await expect(page.getByRole('heading', { name: 'API keys', level: 2 })).toBeVisible();

  await page.getByRole('button', { name: 'Create API key' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create API key' });
  await dialog.getByLabel('Read').uncheck();
  await dialog.getByRole('button', { name: 'Create key' }).click();
  await expect(dialog.locator('[data-field="api-key-name"] .field-error')).toContainText(/name/i);
  await expect(dialog.locator('.scopes .field-error')).toContainText(/scope/i);

  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Read').check();
  await dialog.getByLabel('Export').check();
  await dialog.getByRole('button', { name: 'Create key' }).click();

  const shown = page.getByRole('dialog', { name: 'API key created' });
  const key = await shown.getByLabel(`Key for ${name}`).inputValue();
  expect(key.length).toBeGreaterThan(16);
  await shown.getByRole('button', { name: 'Done' }).click();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Read');
  await expect(row).toContainText('Export');
  await expect(page.locator('body')).not.toContainText(key);

  // A script without the browser's session uses the key.
  const script = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { 'X-Api-Key': key } });
  try {
    expect((await script.get('api/v1/printers')).status()).toBe(200);

    await row.getByRole('button', { name: `Revoke ${name}` }).click();
    await page.getByRole('dialog', { name: `Revoke ${name}?` }).getByRole('button', { name: 'Revoke key' }).click();
    await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);

    expect((await script.get('api/v1/printers')).status()).toBe(401);
  } finally {
    await script.dispose();
  }
});
