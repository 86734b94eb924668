/**
 * Object keys: lower-case letters, digits, `-` and `_` in `/`-separated segments, none of them
 * `.` or `..`. Keys are made by the API, never taken from a client, but the stores check them
 * again so that no key can address a path outside the store's folder or bucket prefix.
 */
const segment = /^[a-z0-9][a-z0-9_-]{0,99}$/;
export const maxObjectKeyLength = 300;

export function isSafeObjectKey(key: string): boolean {
  if (key.length === 0 || key.length > maxObjectKeyLength) return false;
  return key.split('/').every((part) => segment.test(part));
}
