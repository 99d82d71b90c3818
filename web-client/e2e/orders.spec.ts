import { expect, test, uniqueName } from './fixtures';

test('a customer and an order created in the UI; releasing the order changes its status', async ({ page }) => {
  const name = uniqueName('Erika');
  await page.goto('customers');
  await expect(page.getByRole('heading', { name: 'Customers', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: /^Add (your first )?customer$/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add customer' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('E-mail').fill('not-an-address');
  await dialog.getByLabel('VAT id').fill('123');
  await dialog.getByRole('button', { name: 'Add customer' }).click();
  // The Api's validation messages appear next to the fields.
  await expect(dialog.locator('[data-field="customer-email"] .field-error')).toBeVisible();
  await expect(dialog.locator('[data-field="customer-vatId"] .field-error')).toContainText('country code');
  await dialog.getByLabel('E-mail').fill('erika@example.com');
  await dialog.getByLabel('VAT id').fill('DE123456789');
  await dialog.getByLabel('City').fill('Berlin');
  await dialog.getByRole('button', { name: 'Add customer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('erika@example.com');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click();
  await page.getByRole('button', { name: 'New order' }).click();
  const orderDialog = page.getByRole('dialog', { name: 'New order' });
  const option = orderDialog.getByLabel('Customer').locator('option', { hasText: name });
  await orderDialog.getByLabel('Customer').selectOption((await option.getAttribute('value')) ?? '');
  await orderDialog.getByLabel('Quoted net price (EUR)').fill('120.00');
  // A line without file is rejected by the Api; the message is shown at that line.
  await orderDialog.getByRole('button', { name: 'Create order' }).click();
  await expect(orderDialog.locator('[data-field="line-0-file-name"] .field-error')).toContainText('fileName');
  await orderDialog.getByLabel('File name').fill('bracket.3mf');
  await orderDialog.getByLabel('Quantity').fill('3');
  await orderDialog.getByRole('button', { name: 'Create order' }).click();
  await expect(orderDialog).toBeHidden();

  // The new order opens as a draft.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Order');
  const status = page.getByTestId('order-status');
  await expect(status).toHaveAttribute('data-status', 'draft');
  await expect(page.getByText('0 of 3 copies done')).toBeVisible();
  await expect(page.getByTestId('actual-cost')).toHaveText('not yet known');
  const flow = page.getByRole('group', { name: 'Order status' });
  await expect(flow.getByRole('button')).toHaveText(['Release', 'Cancel order']);

  await flow.getByRole('button', { name: 'Release' }).click();
  await expect(status).toHaveAttribute('data-status', 'released');
  await expect(flow.getByRole('button')).toHaveText(['Start production', 'Cancel order']);

  await page.getByRole('link', { name: '← All orders' }).click();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Released');
});

test('a customer is anonymized only after typing the customer number', async ({ page }) => {
  const name = uniqueName('Max');
  const created = await page.request.post('api/v1/customers', { data: { name, email: 'max@example.com', phone: '+49 30 1234' } });
  expect(created.status(), await created.text()).toBe(201);
  const customer = (await created.json()) as { id: string; customerNumber: string };

  await page.goto('customers');
  const row = page.getByRole('row').filter({ hasText: name });
  await row.getByRole('button', { name: `Anonymize ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Anonymize ${name}?` });
  await expect(dialog).toContainText('cannot be undone');
  await expect(dialog).toContainText('Removed');
  await expect(dialog).toContainText('Kept');
  const confirm = dialog.getByRole('button', { name: 'Anonymize customer' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type the customer number/).fill(customer.customerNumber);
  await confirm.click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('status').filter({ hasText: `Anonymized customer ${customer.customerNumber}` })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);
  const stored = (await (await page.request.get(`api/v1/customers/${customer.id}`)).json()) as { name: string; email: string | null; anonymized: boolean };
  expect(stored).toMatchObject({ anonymized: true, email: null });
  expect(stored.name).not.toBe(name);
});
