import { createHash, randomUUID } from 'node:crypto';
import { checkUpload, DomainError, type AllowedContentType } from '@stagebureau/domain';
import type { ObjectStore } from './objectStore';

export interface UploadInput {
  bytes: Buffer;
  fileName: string;
  declaredType?: string;
  /** The region's limit: `uploadMaxBytes(settings)`. */
  maxBytes: number;
  /** A key prefix naming the feature, e.g. `compliance` (lower case, digits, `-`). */
  prefix?: string;
}

export interface StoredFile {
  key: string;
  size: number;
  sha256: string;
  /** Sniffed from the content: what the file is served as. */
  contentType: AllowedContentType;
  /** Sanitised, with the content's extension. */
  fileName: string;
}

/**
 * Takes an upload into the store: the domain's whole verdict (size, content, name) comes first
 * and a refusal throws before anything is written, so a refused upload leaves no object, not
 * even a partial one. The key is random (never derived from the name), so two uploads of the
 * same name never overwrite each other. The caller keeps key and metadata in its own row.
 */
export async function acceptUpload(store: ObjectStore, input: UploadInput): Promise<StoredFile> {
  const checked = checkUpload(input);
  if (!checked.ok) throw new DomainError(checked.code, checked.detail, checked.meta);
  const { contentType, fileName, size } = checked.value;
  const key = `${input.prefix ?? 'files'}/${randomUUID()}`;
  await store.put(key, input.bytes, { contentType });
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return { key, size, sha256, contentType, fileName };
}
