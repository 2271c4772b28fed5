/** One value of a page's search parameter: the first when it is repeated. */
export const searchParam = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;
