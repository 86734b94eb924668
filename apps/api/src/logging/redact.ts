import type { FastifyRequest } from 'fastify';

/**
 * Secrets that travel in URLs: calendar feed tokens (`/ical/<token>.ics`) and invitation
 * tokens (`/invitations/<token>/accept`). Whoever reads the log must not be able to subscribe
 * to a feed or accept an invitation, so the request log shows them redacted.
 */
const secretsInUrls: [RegExp, string][] = [
  [/\/ical\/(?!public\/)[^/?#]+\.ics/g, '/ical/[redacted].ics'],
  [/\/invitations\/[^/?#]+\/accept/g, '/invitations/[redacted]/accept'],
  // Signing links of internship agreements (`/public/signing/<token>`, issue 16).
  [/\/public\/signing\/[^/?#]+/g, '/public/signing/[redacted]'],
  // The supervisor's one-time links: attendance and evaluation (issue 16).
  [/\/public\/(attendance|evaluation)\/[^/?#]+/g, '/public/$1/[redacted]'],
  // Signed download links (issue 18): the signature, and the query with the key and file name.
  [/\/api\/v1\/files\/[^#]*/g, '/api/v1/files/[redacted]'],
];

export function redactUrl(url: string): string {
  return secretsInUrls.reduce((redacted, [pattern, by]) => redacted.replace(pattern, by), url);
}

/** Fastify's request serializer, with the URL redacted. */
export const logSerializers = {
  req(request: FastifyRequest) {
    return {
      method: request.method,
      url: redactUrl(request.url),
      host: request.host,
      remoteAddress: request.ip,
      remotePort: request.socket?.remotePort,
    };
  },
};
