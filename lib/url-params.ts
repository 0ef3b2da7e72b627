/** Search params as Next.js hands them to a page. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter (`?q=a&q=b` -> `a`), bounded in length; undefined when absent. */
export function firstParam(params: SearchParams, name: string, maxLength = 5000): string | undefined {
  const raw = params[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === undefined ? undefined : value.slice(0, maxLength);
}

/** The browser's query (`useSearchParams()`) in the shape the server hands to pages, so one parser serves both. */
export function searchParamsOf(query: URLSearchParams): SearchParams {
  const params: Record<string, string | string[]> = {};
  for (const [name, value] of query) {
    const previous = params[name];
    params[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return params;
}
