const loopbackNames = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Where to send a visitor who reached the app by another loopback name than its ORIGIN says
 * (`http://127.0.0.1:3000` while npm start announced `http://localhost:3000`): there, a login
 * form would post from an origin SvelteKit does not trust and be refused without a word.
 * Only loopback names of the same port are mended: behind a proxy the Host header is the
 * proxy's business, and a redirect there could loop.
 */
export function loopbackRedirect(
  origin: string | undefined,
  hostHeader: string | null,
  url: URL,
): string | null {
  if (!origin || !hostHeader) return null;
  const canonical = new URL(origin);
  const [name, port = ''] = splitHost(hostHeader);
  if (!loopbackNames.has(canonical.hostname) || !loopbackNames.has(name)) return null;
  if (name === canonical.hostname || port !== canonical.port) return null;
  return `${canonical.origin}${url.pathname}${url.search}`;
}

/** `host:port`, `[::1]:port` or a bare host, as a Host header carries it. */
function splitHost(host: string): [name: string, port?: string] {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host.toLowerCase());
  return match ? [match[1]!, match[2]] : [host];
}
