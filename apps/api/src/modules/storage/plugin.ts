import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../../config';
import { createDiskStore } from './diskStore';
import { createFileLinks, type FileLinks } from './links';
import type { ObjectStore } from './objectStore';
import { createS3Store } from './s3Store';

declare module 'fastify' {
  interface FastifyInstance {
    objectStore: ObjectStore;
    fileLinks: FileLinks;
  }
}

/** The configured store: a folder unless STORAGE=s3. */
export async function objectStoreFor(
  config: Config,
): Promise<{ store: ObjectStore; close(): void }> {
  if (config.STORAGE === 's3') {
    const store = await createS3Store({
      endpoint: config.S3_ENDPOINT,
      region: config.S3_REGION,
      bucket: config.S3_BUCKET!,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
    return { store, close: () => store.destroy() };
  }
  return { store: createDiskStore(config.STORAGE_DIR), close: () => undefined };
}

/**
 * File storage for every feature (issue 18): `app.objectStore` (disk or S3) and
 * `app.fileLinks` (signed, short-lived download links). Uploads go through
 * `acceptUpload(app.objectStore, …)`; routes that take them register `uploadParsing`.
 */
async function storagePlugin(app: FastifyInstance) {
  const { store, close } = await objectStoreFor(app.config);
  app.decorate('objectStore', store);
  app.decorate('fileLinks', createFileLinks(app.config.JWT_SECRET, app.config.PUBLIC_API_URL));
  app.addHook('onClose', async () => close());
}

export default fp(storagePlugin, { name: 'storage', dependencies: ['config'] });
