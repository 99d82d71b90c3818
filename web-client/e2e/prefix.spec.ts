import { expect, test } from './fixtures';

// Plays a reverse proxy that serves Printernizer under /ingress/abc123/ (as Home Assistant ingress does):
// it strips the prefix from every request and rewrites the <base> tag of the returned page, which is the
// one change the Api needs for path-prefix hosting. Everything else (assets, router, Api calls, the SSE
// stream) must then work from the same build.
const prefix = '/ingress/abc123/';

test('the same build works under a path prefix', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const unprefixed: string[] = [];
  await page.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (!url.pathname.startsWith(prefix)) {
      unprefixed.push(url.pathname);
      await route.abort();
      return;
    }
    const target = `${origin}/${url.pathname.slice(prefix.length)}${url.search}`;
    if (route.request().resourceType() === 'document') {
      const response = await route.fetch({ url: target });
      const html = (await response.text()).replace('<base href="/" />', `<base href="${prefix}" />`);
      await route.fulfill({ response, body: html });
    } else {
      await route.continue({ url: target });
    }
  });

  await page.goto(`${origin}${prefix}settings/printers`);

  await expect(page.getByRole('heading', { name: 'Printers', level: 2 })).toBeVisible();
  await expect(page.locator('[data-connection="open"]')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
  await expect(page).toHaveURL(`${origin}${prefix}jobs`);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Jobs', level: 1 })).toBeVisible();
  expect(unprefixed).toEqual([]);
});
