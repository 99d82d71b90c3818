import { createPrinterViaApi, deletePrinterViaApi, expect, test, uniqueName } from './fixtures';

interface JobJson {
  id: string;
  name: string;
  status: string;
  category: string;
}

const ended = ['completed', 'failed', 'cancelled'];

test('a finished simulated print appears in the jobs list; its category sticks and its detail shows the timeline', async ({ page }) => {
  test.setTimeout(150_000);
  const printer = await createPrinterViaApi(page.request, { name: uniqueName('Jobs'), kind: 'simulated' });
  try {
    // The list is filtered to this printer through the URL and follows the job live (no reload).
    await page.goto(`jobs?printer=${printer.id}`);
    await expect(page.getByRole('heading', { name: 'Jobs', level: 1 })).toBeVisible();
    const rows = page.getByRole('table', { name: 'Jobs' }).locator('tbody tr');
    await expect(rows.first()).toBeVisible({ timeout: 60_000 });
    const finished = rows.filter({ has: page.locator(ended.map((s) => `[data-status="${s}"]`).join(', ')) }).first();
    await expect(finished).toBeVisible({ timeout: 90_000 });

    const jobId = await finished.getAttribute('data-job-id');
    expect(jobId).toBeTruthy();
    const row = page.locator(`tr[data-job-id="${jobId}"]`);
    const jobName = (await row.getByRole('link').first().textContent())?.trim() ?? '';

    // The ended job's cost is frozen: marking it business is a correction, so a dialog asks why (cancel changes nothing).
    const toggle = row.getByRole('group', { name: `Category of ${jobName}` });
    await toggle.getByRole('button', { name: 'Business' }).click();
    const dialog = page.getByRole('dialog', { name: 'Why is this job corrected?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(toggle.getByRole('button', { name: 'Business' })).toHaveAttribute('aria-pressed', 'false');
    await toggle.getByRole('button', { name: 'Business' }).click();
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await expect(dialog.getByText('Say why')).toBeVisible();
    await dialog.getByLabel('Reason').fill('Auftrag für Kunde Müller');
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await expect(dialog).toBeHidden();
    await expect(toggle.getByRole('button', { name: 'Business' })).toHaveAttribute('aria-pressed', 'true');
    await expect(toggle).not.toHaveAttribute('aria-busy', 'true');
    await page.reload();
    await expect(page.locator(`tr[data-job-id="${jobId}"]`).getByRole('button', { name: 'Business' })).toHaveAttribute('aria-pressed', 'true');
    const saved = (await (await page.request.get(`api/v1/jobs/${jobId}`)).json()) as { job: JobJson };
    expect(saved.job.category).toBe('business');
    const versions = (await (await page.request.get(`api/v1/jobs/${jobId}/cost/versions`)).json()) as { version: number; reason: string | null }[];
    expect(versions[0]).toMatchObject({ version: 2, reason: 'Auftrag für Kunde Müller' });

    // Filtering by category keeps it, private does not.
    await page.getByLabel('Category', { exact: true }).selectOption('business');
    await expect(page).toHaveURL(/category=business/);
    await expect(page.locator(`tr[data-job-id="${jobId}"]`)).toBeVisible();
    await page.getByLabel('Category', { exact: true }).selectOption('private');
    await expect(page.locator(`tr[data-job-id="${jobId}"]`)).toHaveCount(0);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page).not.toHaveURL(/category=|printer=/);
    await page.getByLabel('Printer', { exact: true }).selectOption(printer.id);
    await expect(page).toHaveURL(new RegExp(`printer=${printer.id}`));

    // Sorting by a column is part of the URL and marked on the column.
    await page.getByRole('button', { name: /^Job/ }).click();
    await expect(page).toHaveURL(/sort=name/);
    await expect(page.getByRole('columnheader', { name: /^Job/ })).toHaveAttribute('aria-sort', 'ascending');
    await page.getByRole('button', { name: /^Job/ }).click();
    await expect(page).toHaveURL(/sort=-name/);
    await expect(page.getByRole('columnheader', { name: /^Job/ })).toHaveAttribute('aria-sort', 'descending');
    await expect(page.locator(`tr[data-job-id="${jobId}"]`)).toBeVisible();

    // On a phone the rows become cards without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.locator(`tr[data-job-id="${jobId}"]`)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The detail page: timeline from start to end, notes saved.
    await page.locator(`tr[data-job-id="${jobId}"]`).getByRole('link', { name: jobName }).click();
    await expect(page).toHaveURL(new RegExp(`/jobs/${jobId}$`));
    await expect(page.getByRole('heading', { name: jobName, level: 1 })).toBeVisible();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    await expect(timeline.locator('[data-kind="started"]')).toContainText('Print started');
    await expect(timeline.locator(ended.map((s) => `[data-kind="${s}"]`).join(', ')).first()).toBeVisible();
    await expect(timeline.locator('[data-kind="edited"]').first()).toContainText('Auftrag für Kunde Müller');
    await expect(page.getByText(/revision 2/)).toBeVisible();

    // Back to the same list (sorting kept), and in again.
    await page.getByRole('link', { name: '← All jobs' }).click();
    await expect(page).toHaveURL(new RegExp(`/jobs\\?printer=${printer.id}&sort=-name$`));
    await page.locator(`tr[data-job-id="${jobId}"]`).getByRole('link', { name: jobName }).click();
    await expect(page.getByRole('heading', { name: jobName, level: 1 })).toBeVisible();

    await page.getByLabel('Notes', { exact: true }).fill('Kundenauftrag Müller');
    await page.getByLabel('Material used (g)').fill('41,7');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    // Material used of a frozen job is a correction too: the reason goes with it, the timeline shows it at once.
    await dialog.getByLabel('Reason').fill('Spule nachgewogen');
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(timeline.locator('[data-kind="edited"]').filter({ hasText: 'Spule nachgewogen' })).toBeVisible();
    await expect(page.getByText(/revision 3/)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('Kundenauftrag Müller');
    await expect(page.getByLabel('Material used (g)')).toHaveValue('41.7');
  } finally {
    await deletePrinterViaApi(page.request, printer.id);
  }
});
