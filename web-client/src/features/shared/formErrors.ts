import { computed, ref, watch, type Ref } from 'vue';
import type { ApiError } from '@/api/http';

/** A save error split into messages for the form's fields and messages for the top of the form. */
export interface MappedErrors {
  fields: Record<string, string[]>;
  general: string[];
}

/**
 * Splits an ApiError (problem+json) into field messages (keys as the Api names them, camelCase:
 * `name`, `address.city`, `lines[0].quantity`) and general messages. A field the form does not show
 * is reported at the top with its label, so no message is ever hidden.
 */
export function mapApiErrors(
  error: ApiError | null | undefined,
  isField: (key: string) => boolean,
  labels: Record<string, string> = {},
): MappedErrors {
  const result: MappedErrors = { fields: {}, general: [] };
  if (!error) return result;
  for (const [key, messages] of Object.entries(error.fieldErrors)) {
    if (isField(key)) {
      result.fields[key] = [...(result.fields[key] ?? []), ...messages];
    } else {
      const label = labels[key] ?? (key === '' ? '' : key);
      result.general.push(...messages.map((m) => (label ? `${label}: ${m}` : m)));
    }
  }
  if (!error.hasFieldErrors || (Object.keys(result.fields).length === 0 && result.general.length === 0)) {
    result.general.push(error.userMessage);
  }
  return result;
}

/**
 * Field errors for a form: the Api's messages until the user edits that field, plus client-side messages.
 * `error` is the last save error; a new error shows all its messages again.
 */
export function useFormErrors(error: Ref<ApiError | null | undefined>, isField: (key: string) => boolean, labels: Record<string, string> = {}) {
  const edited = ref(new Set<string>());
  const client = ref<Record<string, string[]>>({});
  const mapped = computed(() => mapApiErrors(error.value, isField, labels));

  watch(error, () => {
    edited.value = new Set();
  });

  function errorsFor(key: string): string[] | null {
    const own = client.value[key];
    if (own?.length) return own;
    if (edited.value.has(key)) return null;
    return mapped.value.fields[key] ?? null;
  }

  function touched(key: string): void {
    edited.value = new Set(edited.value).add(key);
    if (client.value[key]) {
      const next = { ...client.value };
      delete next[key];
      client.value = next;
    }
  }

  function setClientErrors(errors: Record<string, string[]>): void {
    client.value = errors;
  }

  const general = computed(() => mapped.value.general);
  return { errorsFor, touched, setClientErrors, general, clientErrors: client };
}

/** "12,5" or "12.5" -> 12.5; empty -> null; anything else -> NaN. */
export function parseDecimal(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  if (typeof text === 'number') return Number.isFinite(text) ? text : Number.NaN;
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const normalized = trimmed.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return Number.NaN;
  return Number(normalized);
}

/** Empty or whitespace-only text becomes null (optional fields). */
export function optionalText(text: string | null | undefined): string | null {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? null : trimmed;
}
