import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test('Analytics shows the period, downloads a CSV export and explains a blocked DATEV export', async ({ page }) => {
  await page.goto('analytics');
  await expect(page.getByRole('heading', { name: 'Analytics', level: 1 })).toBeVisible();
  await expect(page.getByTestId('analytics-kpis')).toContainText('Print hours');
  await expect(page.getByTestId('chart-costs')).toBeVisible();

  await page.getByTestId('period-preset').selectOption('this-year');
  const year = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(new Date());
  await expect(page.getByTestId('period-from')).toHaveValue(`${year}-01-01`);

  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`printernizer-jobs_${year}-01-01_${year}-12-31.csv`);
  const text = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
  expect(text.split('\r\n')[0]).toMatch(/^Datum;Job-ID;Drucker;/);

  // No Berater-/Mandantennummer yet: the Api refuses with 422 and the page lists what is missing.
  await page.getByTestId('export-datev').click();
  await expect(page.getByRole('alert').filter({ hasText: 'DATEV' })).toContainText('Beraternummer');
});
