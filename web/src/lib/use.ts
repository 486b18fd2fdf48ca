import { ref, shallowRef } from 'vue';
import { ElMessage } from 'element-plus';
import { ApiError, messageOf } from './api';

/** Loads data for a page: `data`, `loading`, a readable `error` shown on the page, and `reload`. */
export function useLoad<T>(load: () => Promise<T>, immediate = true) {
  const data = shallowRef<T | null>(null);
  const loading = ref(false);
  const error = ref('');
  async function reload() {
    loading.value = true;
    error.value = '';
    try {
      data.value = await load();
    } catch (err) {
      error.value = messageOf(err);
    } finally {
      loading.value = false;
    }
  }
  if (immediate) void reload();
  return { data, loading, error, reload };
}

/**
 * Runs a form action: `failure` keeps the ApiError so each field shows its own message
 * (`fieldError('percent')`), and the overall message is shown next to the submit button.
 */
export function useAction() {
  const busy = ref(false);
  const failure = shallowRef<ApiError | null>(null);
  const message = ref('');
  async function run<T>(action: () => Promise<T>, success?: string): Promise<T | undefined> {
    busy.value = true;
    failure.value = null;
    message.value = '';
    try {
      const out = await action();
      if (success) ElMessage.success(success);
      return out;
    } catch (err) {
      failure.value = err instanceof ApiError ? err : null;
      message.value = messageOf(err);
      return undefined;
    } finally {
      busy.value = false;
    }
  }
  const fieldError = (name: string) => failure.value?.field(name) ?? '';
  const reset = () => {
    failure.value = null;
    message.value = '';
  };
  return { busy, failure, message, run, fieldError, reset };
}

/** A one-click action (table buttons): errors as a toast next to where the user clicked. */
export async function quick<T>(action: () => Promise<T>, success?: string): Promise<T | undefined> {
  try {
    const out = await action();
    if (success) ElMessage.success(success);
    return out;
  } catch (err) {
    ElMessage.error({ message: messageOf(err), duration: 6000 });
    return undefined;
  }
}
