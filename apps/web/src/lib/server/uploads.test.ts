import { describe, expect, test } from 'vitest';
import { translator } from '$lib/i18n';
import { ApiProblem } from './api';
import { chosenFile, readUploadForm, uploadRefusalMessage } from './uploads';

const t = translator('en');
const problem = (code: string, extra: Record<string, unknown> = {}) =>
  new ApiProblem({ type: 'about:blank', title: 'Refused', status: 413, code, ...extra });

describe('an upload form', () => {
  test("when the body is cut off at this server's own size limit, then the form reads as too large, not as a crash", async () => {
    // adapter-node errors the body stream with a 413 once BODY_SIZE_LIMIT is passed.
    const body = new ReadableStream({
      start: (controller) => controller.error(Object.assign(new Error('too big'), { status: 413 })),
    });
    const request = new Request('http://web.test/', {
      method: 'POST',
      body,
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      duplex: 'half',
    } as RequestInit);
    await expect(readUploadForm(request)).resolves.toBeNull();
  });

  test('when no file was chosen, then the empty part a browser sends counts as none', () => {
    const form = new FormData();
    form.set('file', new File([], ''));
    expect(chosenFile(form)).toBeNull();
    form.set('file', new File(['x'], 'a.txt'));
    expect(chosenFile(form)?.name).toBe('a.txt');
  });

  test("when the API refuses a file, then each refusal says what to do, with the region's limit in MB", () => {
    expect(uploadRefusalMessage(problem('file_too_large', { maxBytes: 5 * 1024 * 1024 }), t)).toBe(
      'The file is larger than 5 MB. Make it smaller (as a PDF, for example) and try again.',
    );
    expect(uploadRefusalMessage(problem('file_type_not_allowed'), t)).toContain(
      'cannot be uploaded',
    );
    expect(uploadRefusalMessage(problem('file_content_mismatch'), t)).toContain('extension');
    expect(uploadRefusalMessage(problem('validation_failed'), t)).toBeUndefined();
  });
});
