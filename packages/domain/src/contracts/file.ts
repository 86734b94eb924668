import { z } from 'zod';
import { fileKinds } from '../files/fileTypes';
import { isoDateTime } from './common';

/**
 * A short-lived download link (issue 18): `/api/v1/files/<signature>?k=…&n=…&t=…&e=…`. The
 * signature is an HMAC over the key, name, kind and expiry in the query, so none of them can be
 * changed; the fields travel in the query because the router caps a path segment at 100
 * characters and a file name alone may be longer. Anything malformed is answered like a forged
 * link (404), so these schemas only bound the sizes.
 */
export const fileLinkParamsSchema = z.object({ token: z.string().max(200) }).strict();

export const fileLinkQuerySchema = z.object({
  /** The object key. */
  k: z.string().max(300).optional(),
  /** The file name to save as. */
  n: z.string().max(1000).optional(),
  /** The file kind (fixes the content type). */
  t: z.string().max(20).optional(),
  /** Expiry, in Unix seconds. */
  e: z.string().max(20).optional(),
});
export type FileLinkQuery = z.infer<typeof fileLinkQuerySchema>;

/** The body of a download: the file's bytes, as its sniffed content type. */
export const fileBodySchema = z
  .string()
  .describe(`The file's bytes; one of the allowed kinds (${fileKinds.join(', ')})`);

/** What a feature answers when it hands out a link, after checking the caller's rights. */
export const downloadLinkSchema = z.object({ url: z.string(), expiresAt: isoDateTime });
export type DownloadLink = z.infer<typeof downloadLinkSchema>;
