import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError, uploadCeilingBytes } from '@stagebureau/domain';

/** Form fields that may come with a file (document kind, dates, title…), and their size. */
const maxFields = 20;
const maxFieldBytes = 16 * 1024;

/**
 * Multipart parsing for the routes that take an upload. Register it inside the feature's own
 * route plugin (`await app.register(uploadParsing)`), not globally, so every other route keeps
 * answering a multipart body with 415. The parser's file limit is the highest limit any region
 * can set; each request reads with its own region's limit (`readUploadedFile`).
 */
export const uploadParsing = fp(
  async (app: FastifyInstance) => {
    await app.register(multipart, {
      limits: {
        fileSize: uploadCeilingBytes,
        files: 1,
        fields: maxFields,
        fieldSize: maxFieldBytes,
        parts: maxFields + 1,
        headerPairs: 100,
      },
    });
  },
  { name: 'upload-parsing' },
);

export interface UploadedFile {
  bytes: Buffer;
  /** As the client sent it: not yet sanitised (acceptUpload does that). */
  fileName: string;
  declaredType: string;
  /** The text fields of the form, in any order around the file. */
  fields: Record<string, string>;
}

function refusalOf(error: unknown, maxBytes: number): unknown {
  if (error instanceof DomainError) return error;
  switch ((error as { code?: string }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new DomainError('file_too_large', `the limit is ${maxBytes} bytes`, { maxBytes });
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new DomainError('unsupported_media_type', 'send multipart/form-data');
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new DomainError('validation_failed', `one file and at most ${maxFields} fields`);
  }
  // Anything else from the parser (truncated body, broken boundary, `__proto__` as a field
  // name) is a malformed request, not a server fault.
  return new DomainError('validation_failed', 'malformed multipart body');
}

/**
 * Reads the one file of a multipart request into memory, refusing it with 413 `file_too_large`
 * as soon as it passes `maxBytes` (the parser keeps draining the body, so the client gets the
 * answer instead of a reset connection). Nothing is written anywhere here.
 */
export async function readUploadedFile(
  request: FastifyRequest,
  maxBytes: number,
): Promise<UploadedFile> {
  let file: Omit<UploadedFile, 'fields'> | undefined;
  const fields: Record<string, string> = Object.create(null);
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes } })) {
      if (part.type === 'file') {
        file = {
          bytes: await part.toBuffer(),
          fileName: part.filename,
          declaredType: part.mimetype,
        };
      } else {
        if (part.valueTruncated || part.fieldnameTruncated) {
          throw new DomainError('validation_failed', `field ${part.fieldname} is too long`);
        }
        fields[part.fieldname] = String(part.value);
      }
    }
  } catch (error) {
    throw refusalOf(error, maxBytes);
  }
  if (!file) throw new DomainError('validation_failed', 'a file is required');
  return { ...file, fields };
}
