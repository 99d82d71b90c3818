import { admin, adminStorageState, expect, test } from './fixtures';

test('first-run setup creates the admin and signs it in', async ({ page }) => {
  await page.goto('./');

  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Welcome to Printernizer' })).toBeVisible();

  // A too-short password comes back from the Api as a field error next to the password.
  await page.getByLabel('User name').fill(admin.username);
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByLabel('Repeat password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.locator('[data-field="setup-password"] .field-error')).toContainText(/\S/);

  await page.getByLabel('Password', { exact: true }).fill(admin.password);
  await page.getByLabel('Repeat password').fill(admin.password);
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText(admin.username, { exact: true })).toBeVisible();

  // Setup is done: the setup page now leads to the dashboard, and the Api refuses a second admin.
  await page.goto('setup');
  await expect(page).toHaveURL(/\/$/);
  const again = await page.request.post('api/v1/auth/setup', { data: { username: 'second', password: 'another-long-password' } });
  expect(again.status()).toBe(409);

  await page.context().storageState({ path: adminStorageState });
});
