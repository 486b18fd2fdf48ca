import { ref, shallowRef, type Ref } from 'vue';
import { ElMessage } from 'element-plus';
import { api, messageOf } from './api';

/**
 * What a page loads beside its main content (a filter's options, a dialog's list, a count) must not
 * block the page when it fails, nor fail silently (a select left empty looks like "nothing to choose").
 * These helpers word the failure as "<what>加载失败：<reason>".
 */
export const loadFailure = (what: string, err: unknown) => `${what}加载失败：${messageOf(err).replace(/[。.]$/, '')}`;

/** Loads once, for a filter or a form: a failure is told in a toast (naming what failed) and `fallback` is used. */
export async function loadOr<T>(what: string, request: Promise<T>, fallback: T): Promise<T> {
  try {
    return await request;
  } catch (err) {
    ElMessage.error({ message: `${loadFailure(what, err)}，请刷新重试`, duration: 8000, showClose: true, grouping: true });
    return fallback;
  }
}

/** A list answer's items, or none after a toast naming the list (`街镇列表`). */
export const loadOptions = <T>(what: string, request: Promise<{ items: T[] }>): Promise<T[]> =>
  loadOr(what, request.then((r) => r.items), []);

/**
 * A list a dialog or section shows with its own failure beside it (`<load-error :message="error" @retry="load" />`):
 * `items`, `error` (worded by loadFailure), `loading` and `load` to try again.
 */
export function useOptions<T>(what: string, request: () => Promise<{ items: T[] }>) {
  const items = shallowRef<T[]>([]) as Ref<T[]>;
  const error = ref('');
  const loading = ref(false);
  async function load() {
    loading.value = true;
    error.value = '';
    try {
      items.value = (await request()).items;
    } catch (err) {
      error.value = loadFailure(what, err);
    } finally {
      loading.value = false;
    }
  }
  return { items, error, loading, load };
}

const UNIT_LISTS: Record<string, string> = { district: '区级单位列表', street: '街镇列表', community: '居村列表' };
/** Org units of one level (and parent) for a select, the failure told as for loadOptions (`街镇列表加载失败：…`). */
export const loadOrgUnits = (query: { level: string; parent?: string }) =>
  loadOptions<any>(UNIT_LISTS[query.level] ?? '单位列表', api.get('/org-units', { ...query, pageSize: 200 }));
