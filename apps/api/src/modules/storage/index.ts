/** What other modules use of storage (issue 18, decision 013). */
export type { ObjectStore } from './objectStore';
export { acceptUpload, type StoredFile, type UploadInput } from './intake';
export { readUploadedFile, uploadParsing, type UploadedFile } from './multipart';
export { defaultLinkSeconds, maxLinkSeconds, type DownloadLinkInput } from './links';
export { objectStoreFor } from './plugin';
