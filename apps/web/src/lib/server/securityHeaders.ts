import type { Handle } from '@sveltejs/kit';

/**
 * Headers every answer carries: no framing (clickjacking), no MIME sniffing, no full URLs in
 * the Referer to other sites, no plugins, forms and <base> only to this origin. Scripts are not
 * restricted here: SvelteKit's hydration needs its inline script (kit.csp could add hashes).
 */
const headers: Record<string, string> = {
  'content-security-policy':
    "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

export const securityHeaders: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  for (const [name, value] of Object.entries(headers)) {
    // Some responses (redirects, fetched bodies) have immutable headers; they carry no page.
    try {
      if (!response.headers.has(name)) response.headers.set(name, value);
    } catch {
      break;
    }
  }
  return response;
};
