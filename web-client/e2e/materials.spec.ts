import { createPrinterViaApi, deletePrinterViaApi, expect, test, uniqueName } from './fixtures';

test('a material and a spool created in the UI show the spool with its remaining bar', async ({ page }) => {
  const brand = uniqueName('Prusament');
  await page.goto('materials');
  await expect(page.getByRole('heading', { name: 'Materials', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: /^Add (your first )?material$/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add material' });
  await dialog.getByLabel('Brand').fill(brand);
  await dialog.getByLabel('Colour name').fill('Galaxy Black');
  await dialog.getByRole('textbox', { name: 'Colour', exact: true }).fill('#1A1A1A');
  await dialog.getByLabel('Price per kg (EUR)').fill('abc');
  await dialog.getByRole('button', { name: 'Add material' }).click();
  // A client-side message first, then the Api's own field message for a density out of range.
  await expect(dialog.locator('[data-field="material-price"] .field-error')).toContainText('number');
  await dialog.getByLabel('Price per kg (EUR)').fill('24.99');
  await dialog.getByLabel('Density (g/cm³)').fill('99');
  await dialog.getByRole('button', { name: 'Add material' }).click();
  await expect(dialog.locator('[data-field="material-density"] .field-error')).toBeVisible();
  await expect(dialog.getByLabel('Density (g/cm³)')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Density (g/cm³)').fill('1.24');
  await dialog.getByLabel('Low-stock warning below (g)').fill('2000');
  await dialog.getByRole('button', { name: 'Add material' }).click();
  await expect(dialog).toBeHidden();

  const materialRow = page.getByRole('table', { name: 'Materials' }).getByRole('row').filter({ hasText: brand });
  await expect(materialRow).toContainText('€24.99');
  await expect(materialRow).toContainText('Galaxy Black');

  await materialRow.getByRole('button', { name: `Add a spool of PLA ${brand} Galaxy Black` }).click();
  const spoolDialog = page.getByRole('dialog', { name: 'Add spool' });
  await spoolDialog.getByLabel('Filament weight when full (g)').fill('1000');
  await spoolDialog.getByLabel('Remaining now (g)').fill('250');
  await spoolDialog.getByLabel('Lot').fill('L-4711');
  await spoolDialog.getByRole('button', { name: 'Add spool' }).click();
  await expect(spoolDialog).toBeHidden();

  const spoolRow = page.getByRole('table', { name: 'Spools' }).getByRole('row').filter({ hasText: 'L-4711' }).filter({ hasText: brand });
  const bar = spoolRow.getByRole('meter');
  await expect(bar).toHaveAttribute('aria-valuenow', '25');
  await expect(bar).toHaveAttribute('aria-valuetext', '250 g of 1 kg left');
  await expect(spoolRow.getByTestId('remaining-fill')).toHaveAttribute('style', /width: 25(\.0)?%/);
  // 250 g is below the material's 2000 g warning: the stock is low.
  await expect(materialRow.getByText('Low stock')).toBeVisible();

  // Recount: the counted weight replaces the remaining grams.
  await spoolRow.getByRole('button', { name: /^Recount / }).click();
  const recount = page.getByRole('dialog', { name: 'Recount spool' });
  await recount.getByLabel('Remaining filament (g)').fill('500');
  await recount.getByRole('button', { name: 'Save count' }).click();
  await expect(recount).toBeHidden();
  await expect(bar).toHaveAttribute('aria-valuenow', '50');

  // The history lists the recount as +250 g.
  await spoolRow.getByRole('button', { name: /^History of / }).click();
  const history = page.getByRole('dialog', { name: /^History of / });
  const recountRow = history.getByRole('table', { name: 'Consumption history' }).getByRole('row').filter({ hasText: 'Recount' });
  await expect(recountRow).toContainText('+250 g');
  await expect(recountRow).toContainText('500 g');
  await history.getByRole('button', { name: 'Close' }).click();

  // Load into a (simulated) printer's slot and unload again.
  const printer = await createPrinterViaApi(page.request, { name: uniqueName('Spool host'), kind: 'simulated', isActive: false });
  try {
    await page.reload();
    await spoolRow.getByRole('button', { name: /^Load / }).click();
    const load = page.getByRole('dialog', { name: 'Load spool into a printer' });
    await load.getByLabel('Printer').selectOption({ label: printer.name });
    await load.getByLabel('Slot').fill('extruder');
    await load.getByRole('button', { name: 'Load spool' }).click();
    await expect(load).toBeHidden();
    await expect(spoolRow).toContainText(`${printer.name} extruder`);
    await spoolRow.getByRole('button', { name: /^Unload / }).click();
    await expect(spoolRow).toContainText('not loaded');
  } finally {
    await deletePrinterViaApi(page.request, printer.id);
  }

  // The dashboard warns about the low stock.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.locator('.low-stock-banner')).toContainText(brand);
});
