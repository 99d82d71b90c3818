import { ref } from 'vue';
import { isApiError, type ApiError } from '@/api/http';

/**
 * State of a modal form: open flag, a key that remounts the form on every opening (fresh fields), busy flag and the
 * server's problem (shown next to the fields). `submit` runs the save, closes on success and keeps the dialog open with
 * the problem on an API error; anything else is rethrown.
 */
export function useFormDialog() {
  const open = ref(false);
  const key = ref(0);
  const busy = ref(false);
  const error = ref<ApiError | null>(null);

  function show(): void {
    error.value = null;
    key.value += 1;
    open.value = true;
  }

  async function submit(action: () => Promise<void>): Promise<void> {
    busy.value = true;
    error.value = null;
    try {
      await action();
      open.value = false;
    } catch (caught) {
      if (!isApiError(caught)) throw caught;
      error.value = caught;
    } finally {
      busy.value = false;
    }
  }

  return { open, key, busy, error, show, submit };
}
