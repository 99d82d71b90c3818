import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/http';
import { useFormDialog } from './useFormDialog';

describe('useFormDialog', () => {
  it('opens with a fresh key and no old problem, and closes after a successful save', async () => {
    const dialog = useFormDialog();
    dialog.error.value = new ApiError({ status: 400, title: 'old' });
    dialog.show();
    const firstKey = dialog.key.value;
    dialog.show();

    expect(dialog.key.value).toBe(firstKey + 1);
    expect(dialog.error.value).toBeNull();
    await dialog.submit(async () => {
      expect(dialog.busy.value).toBe(true);
    });
    expect(dialog.open.value).toBe(false);
    expect(dialog.busy.value).toBe(false);
  });

  it('stays open with the problem when the server refuses, and rethrows anything else', async () => {
    const dialog = useFormDialog();
    dialog.show();
    const problem = new ApiError({ status: 409, title: 'Name already used' });

    await dialog.submit(() => Promise.reject(problem));

    expect(dialog.open.value).toBe(true);
    expect(dialog.error.value).toBe(problem);
    expect(dialog.busy.value).toBe(false);
    await expect(dialog.submit(() => Promise.reject(new TypeError('bug')))).rejects.toThrow('bug');
  });
});
