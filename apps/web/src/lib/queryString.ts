/** A query string from entries, with some names changed (null removes one); blanks dropped. */
export function queryWith(
  current: Record<string, string>,
  changes: Record<string, string | number | null> = {},
): string {
  const params = new URLSearchParams(Object.entries(current).filter(([, value]) => value !== ''));
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, String(value));
  }
  return params.toString();
}
