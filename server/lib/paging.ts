export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export const skipFor = (page: number, pageSize: number) => (page - 1) * pageSize;
