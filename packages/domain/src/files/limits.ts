/**
 * Upload size limits (issue 18). A region sets its own limit (`uploadMaxMb`, default 20) up to
 * the ceiling here; the API's multipart parser is configured with the ceiling so no request can
 * stream more than any region could accept.
 */
export const bytesPerMb = 1024 * 1024;
export const uploadMaxMbDefault = 20;
export const uploadMaxMbCeiling = 100;
export const uploadCeilingBytes = uploadMaxMbCeiling * bytesPerMb;

/** A region's limit in bytes. */
export const uploadMaxBytes = (settings: { uploadMaxMb: number }): number =>
  settings.uploadMaxMb * bytesPerMb;
