import { afterEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { ApiError } from '@/api/http';
import type { PrinterWrite } from '@/api/printers';
import { aPrinter } from '@/test/printers';
import PrinterForm from './PrinterForm.vue';

let wrapper: VueWrapper | null = null;

afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
});

function fieldError(field: string): string | undefined {
  return wrapper?.find(`[data-field="${field}"] .field-error`).text();
}

describe('PrinterForm', () => {
  it('shows problem+json field errors next to the fields and marks them invalid', async () => {
    wrapper = mount(PrinterForm);
    await wrapper.find('input[value="bambu"]').setValue(true);
    await wrapper.setProps({
      error: new ApiError({
        status: 400,
        title: 'Validation failed',
        fieldErrors: { serial: ['Serial number is required for Bambu Lab printers.'], accessCode: ['Access code is required.'] },
      }),
    });

    expect(fieldError('printer-serial')).toBe('Serial number is required for Bambu Lab printers.');
    expect(fieldError('printer-access-code')).toBe('Access code is required.');
    const serial = wrapper.find('#printer-serial');
    expect(serial.attributes('aria-invalid')).toBe('true');
    expect(serial.attributes('aria-describedby')).toContain('printer-serial-error');
    expect(wrapper.find('[role="alert"].app-alert').exists()).toBe(false);
  });

  it('opens the advanced section when a port is rejected', async () => {
    wrapper = mount(PrinterForm, { props: { printer: aPrinter() } });
    expect(wrapper.find('details').attributes('open')).toBeUndefined();

    await wrapper.setProps({ error: new ApiError({ status: 400, title: 'Invalid', fieldErrors: { mqttPort: ['Must be between 1 and 65535.'] } }) });

    expect(wrapper.find('details').attributes('open')).toBeDefined();
    expect(fieldError('printer-mqtt-port')).toBe('Must be between 1 and 65535.');
  });

  it('hides a field error once the user edits that field', async () => {
    wrapper = mount(PrinterForm, {
      props: { error: new ApiError({ status: 409, title: 'Conflict', detail: 'A printer named "A1" already exists.' }) },
    });
    expect(fieldError('printer-name')).toBe('A printer named "A1" already exists.');

    await wrapper.find('#printer-name').setValue('A1 Werkstatt');

    expect(wrapper.find('[data-field="printer-name"] .field-error').exists()).toBe(false);
  });

  it('shows only the fields of the selected kind', async () => {
    wrapper = mount(PrinterForm);
    expect(wrapper.find('#printer-serial').exists()).toBe(true);

    await wrapper.find('input[value="prusa"]').setValue(true);
    expect(wrapper.find('#printer-serial').exists()).toBe(false);
    expect(wrapper.find('#printer-api-key').exists()).toBe(true);
    expect(wrapper.text()).toContain('The password shown on the printer');

    await wrapper.find('input[value="simulated"]').setValue(true);
    expect(wrapper.find('#printer-host').exists()).toBe(false);
    expect(wrapper.find('details').exists()).toBe(false);
  });

  it('keeps stored secrets: placeholder "unchanged" and no access code in the request', async () => {
    wrapper = mount(PrinterForm, { props: { printer: aPrinter({ name: 'A1' }) } });
    expect(wrapper.find('#printer-access-code').attributes('placeholder')).toBe('unchanged');

    await wrapper.find('#printer-name').setValue('A1 Werkstatt');
    await wrapper.find('form').trigger('submit');

    const submitted = wrapper.emitted('submit')?.[0]?.[0] as PrinterWrite;
    expect(submitted.name).toBe('A1 Werkstatt');
    expect(submitted).not.toHaveProperty('accessCode');
    expect(submitted.serial).toBe('03919C451234567');
  });

  it('does not submit malformed numbers and says which field is wrong', async () => {
    wrapper = mount(PrinterForm);
    await wrapper.find('#printer-name').setValue('A1');
    await wrapper.find('#printer-ftps-port').setValue('nine-ninety');
    await wrapper.find('form').trigger('submit');

    expect(wrapper.emitted('submit')).toBeUndefined();
    expect(fieldError('printer-ftps-port')).toBe('Enter a port number between 1 and 65535.');
  });
});
