import { expect, test } from './fixtures';

test('navigation reaches every area', async ({ page }) => {
  await page.goto('./');
  const nav = page.getByRole('navigation', { name: 'Main' });

  await nav.getByRole('link', { name: 'Jobs' }).click();
  await expect(page.getByRole('heading', { name: 'Jobs', level: 1 })).toBeVisible();
  await expect(page.getByRole('search', { name: 'Filter jobs' })).toBeVisible();

  for (const area of ['Queue', 'Materials', 'Orders', 'Customers', 'Analytics']) {
    await nav.getByRole('link', { name: area }).click();
    await expect(page.getByRole('heading', { name: area, level: 1 })).toBeVisible();
  }

  await nav.getByRole('link', { name: 'Files' }).click();
  await expect(page.getByRole('heading', { name: 'Files', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Files' })).toBeVisible();
  await expect(page.getByTestId('coming-soon')).toHaveCount(0);

  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings\/printers$/);
});

test('a deep link is served by the Api and opens the right page after a reload', async ({ page }) => {
  await page.goto('settings/printers');
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Printers', level: 2 })).toBeVisible();
  await expect(page).toHaveTitle('Printers · Printernizer');
});

test('the layout works on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await nav.getByRole('link', { name: 'Settings' }).click();

  await expect(page).toHaveURL(/\/settings\/printers$/);
  await expect(nav).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the footer shows the server version and links to the API documentation', async ({ page }) => {
  await page.goto('./');
  const health = (await (await page.request.get('api/v1/health')).json()) as { version: string };

  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText(`Printernizer ${health.version}`);
  const docs = footer.getByRole('link', { name: 'API documentation' });
  const href = await docs.evaluate((a) => (a as HTMLAnchorElement).href);
  expect((await page.request.get(href)).status()).toBe(200);
});
