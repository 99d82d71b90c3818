import { afterEach, describe, expect, it } from 'vitest';
import { mount, type VueWrapper } from '@vue/test-utils';
import { nextTick } from 'vue';
import ConfirmDialog from './ConfirmDialog.vue';

let wrapper: VueWrapper | null = null;
afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
  document.body.innerHTML = '';
});

function dialog(): HTMLElement {
  const element = document.body.querySelector<HTMLElement>('[role="dialog"]');
  if (!element) throw new Error('no dialog rendered');
  return element;
}

function button(name: string): HTMLButtonElement {
  const found = [...dialog().querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}

describe('ConfirmDialog', () => {
  it('renders nothing while closed', () => {
    wrapper = mount(ConfirmDialog, { props: { open: false, title: 'Delete A1?' }, attachTo: document.body });

    expect(document.body.querySelector('[role="dialog"]')).toBeNull();
  });

  it('asks the question and reports the answer', async () => {
    wrapper = mount(ConfirmDialog, {
      props: { open: true, title: 'Delete A1?', confirmLabel: 'Delete printer', danger: true },
      slots: { default: 'The printer itself is not changed.' },
      attachTo: document.body,
    });
    await nextTick();

    expect(dialog().getAttribute('aria-modal')).toBe('true');
    expect(dialog().textContent).toContain('Delete A1?');
    expect(dialog().textContent).toContain('The printer itself is not changed.');

    button('Delete printer').click();
    button('Cancel').click();
    expect(wrapper.emitted('confirm')).toHaveLength(1);
    expect(wrapper.emitted('cancel')).toHaveLength(1);
  });

  it('cancels on Escape and shows an error from the last attempt', async () => {
    wrapper = mount(ConfirmDialog, { props: { open: true, title: 'Delete A1?', error: 'The printer could not be deleted.' }, attachTo: document.body });
    await nextTick();

    expect(dialog().querySelector('[role="alert"]')?.textContent).toBe('The printer could not be deleted.');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));

    expect(wrapper.emitted('cancel')).toHaveLength(1);
  });

  it('disables both buttons while the action runs', async () => {
    wrapper = mount(ConfirmDialog, { props: { open: true, title: 'Delete A1?', confirmLabel: 'Delete printer', busy: true }, attachTo: document.body });
    await nextTick();

    expect(button('Cancel').disabled).toBe(true);
    expect(button('Delete printer').disabled).toBe(true);
  });
});
