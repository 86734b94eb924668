import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { assertSafeKey, objectNotFound, type ObjectStore } from './objectStore';

/** Temporary files start with a dot: no key can (keys start with [a-z0-9]), so none is ever read. */
const temporaryPrefix = '.upload-';

/**
 * A folder as the object store: key `a/b` is the file `<root>/a/b`. A write goes to a
 * temporary file in the same folder, is flushed, then renamed over the final name: a rename
 * within one file system is atomic, so a reader sees the whole object or none.
 */
export function createDiskStore(
  directory: string,
  /** Tests only: runs after the temporary file is written and flushed, before the rename. */
  hooks: { beforeRename?: (temporaryPath: string) => Promise<void> } = {},
): ObjectStore {
  const root = resolve(directory);

  function pathOf(key: string): string {
    assertSafeKey(key);
    const path = resolve(root, ...key.split('/'));
    // The key check already excludes `..`; this is the second lock on the same door.
    if (!path.startsWith(root + sep)) throw new Error('object key escapes the store');
    return path;
  }

  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = join(dirname(path), `${temporaryPrefix}${randomBytes(8).toString('hex')}`);
      const handle = await open(temporary, 'wx', 0o640);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } catch (error) {
        await handle.close();
        await rm(temporary, { force: true });
        throw error;
      }
      await handle.close();
      try {
        await hooks.beforeRename?.(temporary);
        await rename(temporary, path);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async get(key) {
      const path = pathOf(key);
      // Opened first, so a missing file is a clean not_found here, not a stream error later.
      const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'ENOENT' ? objectNotFound() : error;
      });
      // A key that is a prefix of other keys names a folder, not an object.
      if (!(await handle.stat()).isFile()) {
        await handle.close();
        throw objectNotFound();
      }
      return handle.createReadStream();
    },

    async delete(key) {
      await rm(pathOf(key), { force: true });
    },

    async exists(key) {
      const info = await stat(pathOf(key)).catch(() => undefined);
      return Boolean(info?.isFile());
    },
  };
}
