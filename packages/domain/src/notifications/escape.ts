const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => entities[c]!);

/**
 * A header line never carries a line break: stored text with CR/LF in a subject could
 * otherwise inject headers.
 */
export const singleLine = (value: string): string => value.replace(/[\r\n\t]+/g, ' ').trim();
