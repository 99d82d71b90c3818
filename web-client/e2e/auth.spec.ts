import { admin, expect, test } from './fixtures';

// Every test here starts signed out.
test.use({ storageState: { cookies: [], origins: [] } });

test('an unauthenticated visitor is sent to the login page', async ({ page }) => {
  await page.goto('settings/printers');

  await expect(page).toHaveURL(/\/login\?redirect=(%2F|\/)settings(%2F|\/)printers$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  const me = await page.request.get('api/v1/auth/me');
  expect(me.status()).toBe(401);
});

test('a wrong password is rejected with a clear message', async ({ page }) => {
  await page.goto('login');

  await page.getByLabel('User name').fill(admin.username);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('alert')).toHaveText('Wrong user name or password.');
  await expect(page).toHaveURL(/\/login/);
});

test('login returns to the requested page, logout ends the session', async ({ page }) => {
  await page.goto('settings/printers');
  await expect(page).toHaveURL(/\/login\?redirect=/);

  await page.getByLabel('User name').fill(admin.username);
  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(/\/settings\/printers$/);
  await expect(page.getByRole('heading', { name: 'Printers', level: 2 })).toBeVisible();
  await expect(page.locator('[data-connection="open"]')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();

  await expect(page).toHaveURL(/\/login$/);
  expect((await page.request.get('api/v1/auth/me')).status()).toBe(401);
  await page.goto('./');
  await expect(page).toHaveURL(/\/login$/);
});
