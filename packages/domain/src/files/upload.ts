import { fail, ok, type Outcome } from '../outcome';
import { extensionOf, sanitiseFileName, withExtension } from './fileName';
import {
  declaredTypeContradicts,
  fileTypes,
  type AllowedContentType,
  type FileKind,
} from './fileTypes';
import { sniffFileType } from './sniff';

export interface UploadCandidate {
  bytes: Uint8Array;
  /** The name the client sent; sanitised here. */
  fileName: string;
  /** The type the client declared (multipart part header); it can refuse, never allow. */
  declaredType?: string;
  maxBytes: number;
}

export interface CheckedUpload {
  kind: FileKind;
  /** From the content, never from the client: what the file is stored and served as. */
  contentType: AllowedContentType;
  fileName: string;
  size: number;
}

/**
 * The whole verdict on an upload, before anything is written: size, then content against the
 * allow-list, then the name (and declared type) against the content. A name without an
 * extension gets the content's, so what is saved later opens with the right program.
 */
export function checkUpload(candidate: UploadCandidate): Outcome<CheckedUpload> {
  const size = candidate.bytes.length;
  if (size > candidate.maxBytes) {
    return fail('file_too_large', `${size} bytes; the limit is ${candidate.maxBytes}`, {
      maxBytes: candidate.maxBytes,
    });
  }
  const sniffed = sniffFileType(candidate.bytes);
  if (!sniffed.ok) return fail('file_type_not_allowed', sniffed.reason);
  const { contentType, extensions } = fileTypes[sniffed.kind];
  const sanitised = sanitiseFileName(candidate.fileName);
  const extension = extensionOf(sanitised);
  if (extension && !(extensions as readonly string[]).includes(extension)) {
    return fail(
      'file_content_mismatch',
      `the content is ${sniffed.kind}, the name says .${extension}`,
    );
  }
  if (declaredTypeContradicts(candidate.declaredType, sniffed.kind)) {
    return fail(
      'file_content_mismatch',
      `the content is ${sniffed.kind}, declared as ${candidate.declaredType}`,
    );
  }
  return ok({
    kind: sniffed.kind,
    contentType,
    fileName: extension ? sanitised : withExtension(sanitised, extensions[0]),
    size,
  });
}
