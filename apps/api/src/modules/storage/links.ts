import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import {
  fail,
  fileTypes,
  isSafeObjectKey,
  kindOfContentType,
  ok,
  type DownloadLink,
  type FileKind,
  type FileLinkQuery,
  type Outcome,
} from '@stagebureau/domain';

export interface DownloadLinkInput {
  key: string;
  /** Already sanitised (acceptUpload's `fileName`). */
  fileName: string;
  /** As stored (acceptUpload's `contentType`); it must be one of the allowed kinds. */
  contentType: string;
  /** How long the link works; a few minutes is enough to click it. */
  ttlSeconds?: number;
}

export interface VerifiedLink {
  key: string;
  fileName: string;
  kind: FileKind;
}

export const defaultLinkSeconds = 5 * 60;
/** A link is a bearer credential for one object: it may not outlive an access token. */
export const maxLinkSeconds = 15 * 60;

export interface FileLinks {
  /**
   * A signed link to read one object for a few minutes. The feature that calls this has
   * already checked that the caller may read the file (the company's own document, a material
   * visible to this school…): the link carries no rights beyond reading this one object until
   * it expires, and it names no user, so it is never logged (see logging/redact).
   */
  downloadLink(input: DownloadLinkInput, now?: Date): DownloadLink;
  /** A forged or malformed link is `not_found`; a genuine one past its expiry `file_link_expired`. */
  verify(token: string, query: FileLinkQuery, now?: Date): Outcome<VerifiedLink>;
}

/**
 * Download links signed with HMAC-SHA-256 under a key derived from JWT_SECRET (HKDF with its own
 * label, so the link key is never the token key). The signature covers key, name, kind and
 * expiry: change one and the link is unknown.
 */
export function createFileLinks(secret: string, publicApiUrl: string): FileLinks {
  const linkKey = Buffer.from(hkdfSync('sha256', secret, '', 'stagebureau/file-links/v1', 32));
  const sign = (key: string, name: string, kind: string, expires: string) =>
    createHmac('sha256', linkKey)
      .update(JSON.stringify([key, name, kind, expires]))
      .digest();
  const base = publicApiUrl.replace(/\/+$/, '');

  return {
    downloadLink(input, now = new Date()) {
      const kind = kindOfContentType(input.contentType);
      if (!kind) throw new Error(`not an allowed content type: ${input.contentType}`);
      if (!isSafeObjectKey(input.key)) throw new Error('unsafe object key');
      const seconds = Math.min(Math.max(1, input.ttlSeconds ?? defaultLinkSeconds), maxLinkSeconds);
      const expires = Math.floor(now.getTime() / 1000) + Math.floor(seconds);
      const e = String(expires);
      const signature = sign(input.key, input.fileName, kind, e).toString('base64url');
      const query = new URLSearchParams({ k: input.key, n: input.fileName, t: kind, e });
      return {
        url: `${base}/api/v1/files/${signature}?${query.toString()}`,
        expiresAt: new Date(expires * 1000).toISOString(),
      };
    },

    verify(token, query, now = new Date()) {
      const { k, n, t, e } = query;
      if (k === undefined || n === undefined || t === undefined || e === undefined) {
        return fail('not_found');
      }
      const given = Buffer.from(token, 'base64url');
      const expected = sign(k, n, t, e);
      // Compared in constant time: the answer's timing says nothing about the right signature.
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return fail('not_found');
      }
      // Signed by us, so well-formed; checked anyway, since a leaked key would make it a claim.
      if (!/^\d{1,12}$/.test(e) || !isSafeObjectKey(k) || !Object.hasOwn(fileTypes, t)) {
        return fail('not_found');
      }
      if (now.getTime() >= Number(e) * 1000) return fail('file_link_expired');
      return ok({ key: k, fileName: n, kind: t as FileKind });
    },
  };
}
