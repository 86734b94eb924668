import type { Readable } from 'node:stream';
import { DomainError, isSafeObjectKey } from '@stagebureau/domain';

/**
 * Where uploaded files live (issue 18, decision 013): one small interface, a folder on disk by
 * default and any S3-compatible store when configured. An object is written whole or not at
 * all; metadata rows (who uploaded what, for which company or offer) belong to the features.
 */
export interface ObjectStore {
  /** Writes the object; it becomes visible only once complete (never a partial object). */
  put(key: string, bytes: Buffer, meta: { contentType: string }): Promise<void>;
  /** The object's bytes; a missing object throws `DomainError('not_found')`. */
  get(key: string): Promise<Buffer | Readable>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

/** Refuses a key that could address anything outside the store (see domain files/keys). */
export function assertSafeKey(key: string): void {
  if (!isSafeObjectKey(key)) throw new Error(`unsafe object key: ${JSON.stringify(key)}`);
}

export const objectNotFound = () => new DomainError('not_found', 'no such file');
