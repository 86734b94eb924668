import type { Readable } from 'node:stream';
import { assertSafeKey, objectNotFound, type ObjectStore } from './objectStore';

export interface S3Settings {
  /** Empty: AWS itself. */
  endpoint?: string;
  region: string;
  bucket: string;
  /** Both empty: the SDK's default credential chain. */
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

const isNotFound = (error: unknown) => {
  const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return (
    failure.name === 'NoSuchKey' ||
    failure.name === 'NotFound' ||
    failure.$metadata?.httpStatusCode === 404
  );
};

/**
 * Any S3-compatible store. A PutObject is atomic on every S3 implementation: the object appears
 * whole when the upload completes, or not at all. The SDK is imported only when configured, so
 * the default (disk) start neither loads it nor prints its Node-version notice.
 */
export async function createS3Store(
  settings: S3Settings,
): Promise<ObjectStore & { destroy(): void }> {
  const { S3Client, PutObjectCommand, GetObjectCommand, DeleteObjectCommand, HeadObjectCommand } =
    await import('@aws-sdk/client-s3');
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials:
      settings.accessKeyId && settings.secretAccessKey
        ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
        : undefined,
    // Newer SDKs add CRC checksums to every request by default, which several S3-compatible
    // stores refuse; send them only where the S3 API requires one.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const Bucket = settings.bucket;

  return {
    async put(key, bytes, meta) {
      assertSafeKey(key);
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key,
          Body: bytes,
          ContentLength: bytes.length,
          ContentType: meta.contentType,
        }),
      );
    },

    async get(key) {
      assertSafeKey(key);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        if (!object.Body) throw objectNotFound();
        // In Node the body is an http.IncomingMessage: a Readable that streams from the store.
        return object.Body as Readable;
      } catch (error) {
        throw isNotFound(error) ? objectNotFound() : error;
      }
    },

    async delete(key) {
      assertSafeKey(key);
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },

    async exists(key) {
      assertSafeKey(key);
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: key }));
        return true;
      } catch (error) {
        if (isNotFound(error)) return false;
        throw error;
      }
    },

    destroy: () => client.destroy(),
  };
}
