import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';

/** The admin that the first-run setup test creates; other tests reuse its session. */
export const admin = { username: 'admin', password: 'Printernizer-e2e-2026!' } as const;

export const adminStorageState = 'test-results/.auth/admin.json';

export interface PrinterJson {
  id: string;
  name: string;
  kind: 'bambu' | 'prusa' | 'simulated';
}

/** Unique printer names so tests never depend on each other's data. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 1000)}`;
}

/** Creates a printer through the Api with the page's session (setup for a UI test, not the thing under test). */
export async function createPrinterViaApi(request: APIRequestContext, body: Record<string, unknown>): Promise<PrinterJson> {
  const response = await request.post('/api/v1/printers', { data: body });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as PrinterJson;
}

export async function deletePrinterViaApi(request: APIRequestContext, id: string): Promise<void> {
  const response = await request.delete(`/api/v1/printers/${id}`);
  expect([204, 404]).toContain(response.status());
}

export async function openPrinterSettings(page: Page): Promise<void> {
  await page.goto('settings/printers');
  await expect(page.getByRole('heading', { name: 'Printers', level: 2 })).toBeVisible();
}

export const test = base.extend({
  // The Api's address is only known after globalSetup; read it per test.
  baseURL: async ({}, use) => {
    const url = process.env.PRINTERNIZER_E2E_BASE_URL;
    if (!url) throw new Error('PRINTERNIZER_E2E_BASE_URL is not set: globalSetup did not start the Api.');
    await use(url.endsWith('/') ? url : `${url}/`);
  },
});

export { expect };
