import { expect, test } from './fixtures';

// Plays the Home Assistant ingress proxy: the browser uses /api/hassio_ingress/<token>/..., the proxy strips that
// prefix and names it in X-Ingress-Path. Unlike prefix.spec.ts nothing is rewritten here: the Api itself (started
// with Printernizer__TrustIngressHeader=true by global-setup.ts) must set <base href> from the header, so assets,
// router, Api calls and the SSE stream all stay under the prefix.
const prefix = '/api/hassio_ingress/t0k3n/';

test('the app works under a Home Assistant ingress path set by the X-Ingress-Path header', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const unprefixed: string[] = [];
  await page.setExtraHTTPHeaders({ 'X-Ingress-Path': prefix.slice(0, -1) });
  await page.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (!url.pathname.startsWith(prefix)) {
      unprefixed.push(url.pathname);
      await route.abort();
      return;
    }
    await route.continue({ url: `${origin}/${url.pathname.slice(prefix.length)}${url.search}` });
  });

  await page.goto(`${origin}${prefix}settings/home-assistant`);

  await expect(page.getByRole('heading', { name: 'Home Assistant', level: 2 })).toBeVisible();
  expect(await page.evaluate(() => document.baseURI)).toBe(`${origin}${prefix}`);
  await expect(page.locator('[data-connection="open"]')).toBeVisible();

  // Field errors from the Api, through the prefix.
  await page.getByLabel('Discovery prefix').fill('home/#');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('[data-field="ha-prefix"] .field-error')).toContainText('discovery prefix');

  // "Test connection" reaches a port on loopback where nothing listens and says so.
  await page.getByLabel('Discovery prefix').fill('homeassistant');
  await page.getByLabel('Broker host').fill('127.0.0.1');
  await page.getByLabel('Port', { exact: true }).fill('9');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('ha-test-result')).toContainText('refused');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
  await expect(page).toHaveURL(`${origin}${prefix}jobs`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Jobs', level: 1 })).toBeVisible();
  expect(unprefixed).toEqual([]);
});
