/**
 * A link material's address (issue 18). The API never fetches it, a reader's browser opens
 * it: so it must be https (no http, `javascript:`, `data:` or `file:`), name a host and carry
 * no user name or password (credentials in a shared link leak to everyone who sees it).
 */
export const materialLinkMaxLength = 2000;

export type MaterialLinkCheck = { ok: true; url: string } | { ok: false; message: string };

export function checkMaterialLink(value: string): MaterialLinkCheck {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return { ok: false, message: 'not a web address' };
  }
  if (url.protocol !== 'https:') return { ok: false, message: 'must be an https:// address' };
  if (!url.hostname) return { ok: false, message: 'must name a host' };
  if (url.username || url.password)
    return { ok: false, message: 'must not contain a user name or password' };
  // The normalised form (lower-case host, punycode, escaped spaces) is what readers get.
  if (url.href.length > materialLinkMaxLength) return { ok: false, message: 'too long' };
  return { ok: true, url: url.href };
}
