import type { Action } from '@sveltejs/kit';
import { describe, expect, test } from 'vitest';
import { createApiClient } from './api';
import { complianceSettingsAction, uploadDocumentAction } from './compliance';
import { attachMaterialAction, materialActions } from './materials';

interface Sent {
  method: string;
  path: string;
  contentType: string | null;
  body: unknown;
}

/** Locals whose API records every request (with its body) and answers from a table. */
function recordingLocals(answers: Record<string, { status: number; body: unknown }>) {
  const sent: Sent[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    const raw = init?.body;
    sent.push({
      method,
      path,
      contentType: headers.get('content-type'),
      body: raw instanceof FormData ? raw : typeof raw === 'string' ? JSON.parse(raw) : raw,
    });
    const answer = answers[`${method} ${path}`] ?? { status: 404, body: {} };
    return Response.json(answer.body, {
      status: answer.status,
      headers: answer.status >= 400 ? { 'content-type': 'application/problem+json' } : {},
    });
  };
  const api = createApiClient({
    baseUrl: 'http://api.test',
    language: 'nl',
    session: { read: () => ({ accessToken: 'token', refreshToken: null }), write: () => {} },
    fetch: fetch as typeof globalThis.fetch,
  });
  const me = { organisation: { id: '77777777-7777-4777-8777-777777777777', kind: 'company' } };
  const locals = { language: 'nl', api, me } as unknown as App.Locals;
  return { locals, sent };
}

const run = (action: Action, locals: App.Locals, body: FormData, params = {}) =>
  action({
    request: new Request('http://web.test/page', { method: 'POST', body }),
    locals,
    params,
  } as unknown as Parameters<Action>[0]) as Promise<Record<string, unknown>>;

const pdf = () => new File(['%PDF-1.4\n%%EOF\n'], 'polis.pdf', { type: 'application/pdf' });

const aDocument = {
  id: '11111111-1111-4111-8111-111111111111',
  organisationId: '77777777-7777-4777-8777-777777777777',
  companyName: 'Bouw BV',
  kind: 'liability_insurance',
  kindLabel: { nl: 'Aansprakelijkheidsverzekering', en: 'Liability insurance' },
  status: 'submitted',
  validFrom: '2027-01-01',
  validUntil: '2027-12-31',
  subjectName: null,
  fileName: 'polis.pdf',
  contentType: 'application/pdf',
  size: 16,
  uploadedAt: '2027-01-01T09:00:00.000Z',
  reviewedAt: null,
  reviewReason: null,
};

describe('uploading a compliance document', () => {
  const path = 'POST /organisations/77777777-7777-4777-8777-777777777777/compliance-documents';

  test('when the fields and file are given, then they go to the API as one multipart form', async () => {
    const { locals, sent } = recordingLocals({ [path]: { status: 201, body: aDocument } });
    const form = new FormData();
    form.set('kind', 'liability_insurance');
    form.set('validFrom', '2027-01-01');
    form.set('validUntil', '2027-12-31');
    form.set('subjectName', '');
    form.set('file', pdf());
    const result = await run(uploadDocumentAction, locals, form);
    expect(result.done).toContain('Aansprakelijkheidsverzekering');
    expect(sent).toHaveLength(1);
    // fetch sets the multipart boundary itself: no JSON content type may be forced on it.
    expect(sent[0]!.contentType).toBeNull();
    const body = sent[0]!.body as FormData;
    expect([...body.keys()].sort()).toEqual(['file', 'kind', 'validFrom', 'validUntil']);
    expect(await (body.get('file') as File).text()).toBe('%PDF-1.4\n%%EOF\n');
  });

  test('when the end lies before the start and no file is chosen, then nothing is sent and both are said', async () => {
    const { locals, sent } = recordingLocals({});
    const form = new FormData();
    form.set('kind', 'vog');
    form.set('validFrom', '2027-05-01');
    form.set('validUntil', '2027-04-01');
    form.set('file', new File([], ''));
    const result = (await run(uploadDocumentAction, locals, form)) as unknown as {
      status: number;
      data: { errors: Record<string, string> };
    };
    expect(sent).toHaveLength(0);
    expect(result.status).toBe(422);
    expect(result.data.errors).toEqual({
      validUntil: 'De einddatum ligt vóór de begindatum.',
      file: 'Kies een bestand.',
    });
  });

  test('when the API refuses the file as too large, then the page names the limit in megabytes', async () => {
    const { locals } = recordingLocals({
      [path]: {
        status: 413,
        body: {
          type: 'about:blank',
          title: 'Dit bestand is groter dan toegestaan',
          status: 413,
          code: 'file_too_large',
          maxBytes: 20 * 1024 * 1024,
        },
      },
    });
    const form = new FormData();
    form.set('kind', 'vog');
    form.set('validFrom', '2027-01-01');
    form.set('validUntil', '2027-12-31');
    form.set('file', pdf());
    const result = (await run(uploadDocumentAction, locals, form)) as unknown as {
      status: number;
      data: { form: string; refusal: { code: string; message: string } };
    };
    expect(result.status).toBe(413);
    expect(result.data.form).toBe('upload');
    expect(result.data.refusal.code).toBe('file_too_large');
    expect(result.data.refusal.message).toContain('groter dan 20 MB');
  });
});

describe("the bureau's document settings", () => {
  test('when kinds are ticked per activity and own kinds typed per line, then the region settings get them', async () => {
    const { locals, sent } = recordingLocals({
      'PATCH /region/settings': { status: 404, body: {} },
    });
    const form = new FormData();
    form.append('req_company_visit', 'liability_insurance');
    form.append('req_company_visit', 'bhv');
    form.set('ownKinds', 'bhv: BHV-certificaat\n\n');
    form.set('complianceDocumentsVisibleToSchools', 'on');
    form.set('uploadMaxMb', '15');
    await run(complianceSettingsAction, locals, form);
    const body = sent[0]!.body as Record<string, unknown>;
    expect(sent[0]!.method).toBe('PATCH');
    expect(body.complianceDocumentTypes).toEqual([{ key: 'bhv', label: 'BHV-certificaat' }]);
    expect((body.complianceRequirements as Record<string, string[]>).company_visit).toEqual([
      'liability_insurance',
      'bhv',
    ]);
    expect((body.complianceRequirements as Record<string, string[]>).internship).toEqual([]);
    expect(body.complianceDocumentsVisibleToSchools).toBe(true);
    expect(body.uploadMaxMb).toBe(15);
  });

  test('when an own kind is not "key: description", then its line is named and nothing is sent', async () => {
    const { locals, sent } = recordingLocals({});
    const form = new FormData();
    form.set('ownKinds', 'bhv: BHV\nEHBO diploma');
    const result = (await run(complianceSettingsAction, locals, form)) as unknown as {
      data: { errors: Record<string, string> };
    };
    expect(sent).toHaveLength(0);
    expect(result.data.errors.ownKinds).toContain('Regel 2');
  });
});

describe('attaching a material', () => {
  const attach = attachMaterialAction((params) => `/offers/${params.id}/materials`);
  const offerId = '33333333-3333-4333-8333-333333333333';
  const material = {
    id: '44444444-4444-4444-8444-444444444444',
    title: 'Veiligheidsblad',
    description: '',
    kind: 'safety_sheet',
    visibility: 'booked_schools',
    levels: [],
    schoolYears: [],
    vmboProfiles: [],
    targetKind: 'offer',
    offerId,
    requestId: null,
    ownerOrganisationId: null,
    latest: {
      number: 1,
      content: 'file',
      fileName: 'blad.pdf',
      contentType: 'application/pdf',
      size: 16,
      url: null,
      note: '',
      createdAt: '2027-01-01T09:00:00.000Z',
    },
    versionCount: 1,
    canManage: true,
    createdAt: '2027-01-01T09:00:00.000Z',
    updatedAt: '2027-01-01T09:00:00.000Z',
  };
  const answers = { [`POST /offers/${offerId}/materials`]: { status: 201, body: material } };

  test('when a file is chosen, then it goes as multipart with the audience comma-separated', async () => {
    const { locals, sent } = recordingLocals(answers);
    const form = new FormData();
    form.set('title', 'Veiligheidsblad');
    form.set('kind', 'safety_sheet');
    form.set('visibility', 'booked_schools');
    form.append('levels', 'vmbo-kb');
    form.append('levels', 'vmbo-gl');
    form.append('schoolYears', '3');
    form.set('url', '');
    form.set('file', pdf());
    const result = await run(attach, locals, form, { id: offerId });
    expect(result.done).toBe('“Veiligheidsblad” is toegevoegd.');
    const body = sent[0]!.body as FormData;
    expect(body.get('levels')).toBe('vmbo-kb,vmbo-gl');
    expect(body.get('schoolYears')).toBe('3');
    expect(body.get('vmboProfiles')).toBe('');
    expect(body.has('url')).toBe(false);
  });

  test('when a link is given instead, then it goes as JSON with the years as numbers', async () => {
    const { locals, sent } = recordingLocals(answers);
    const form = new FormData();
    form.set('title', 'Filmpje');
    form.set('kind', 'other');
    form.set('visibility', 'public');
    form.append('schoolYears', '3');
    form.set('url', 'https://example.org/film');
    form.set('file', new File([], ''));
    await run(attach, locals, form, { id: offerId });
    expect(sent[0]!.contentType).toBe('application/json');
    expect(sent[0]!.body).toMatchObject({
      url: 'https://example.org/film',
      schoolYears: [3],
      levels: [],
    });
  });

  test('when both a file and a link are given, then nothing is sent and the choice is asked', async () => {
    const { locals, sent } = recordingLocals(answers);
    const form = new FormData();
    form.set('title', 'Twee dingen');
    form.set('kind', 'other');
    form.set('visibility', 'public');
    form.set('url', 'https://example.org/film');
    form.set('file', pdf());
    const result = (await run(attach, locals, form, { id: offerId })) as unknown as {
      data: { errors: Record<string, string> };
    };
    expect(sent).toHaveLength(0);
    expect(result.data.errors.url).toBe('Kies een bestand of vul een link in, niet allebei.');
  });

  test('when its details change with every level box unticked, then the change says so (empty lists, years as numbers)', async () => {
    const changed = { ...material, title: 'Veiligheidsblad 2027', visibility: 'public' };
    const { locals, sent } = recordingLocals({
      [`PATCH /materials/${material.id}`]: { status: 200, body: changed },
    });
    const form = new FormData();
    form.set('_id', material.id);
    form.set('title', 'Veiligheidsblad 2027');
    form.set('kind', 'safety_sheet');
    form.set('visibility', 'public');
    form.set('description', '');
    form.append('schoolYears', '4');
    const result = await run(materialActions(() => '').changeMaterial, locals, form);
    expect(result.done).toBe('“Veiligheidsblad 2027” is gewijzigd.');
    expect(sent[0]).toMatchObject({ method: 'PATCH', contentType: 'application/json' });
    expect(sent[0]!.body).toEqual({
      title: 'Veiligheidsblad 2027',
      kind: 'safety_sheet',
      visibility: 'public',
      description: '',
      levels: [],
      schoolYears: [4],
      vmboProfiles: [],
    });
  });

  test('when the visibility is not one we know, then nothing is sent and the field says why', async () => {
    const { locals, sent } = recordingLocals({});
    const form = new FormData();
    form.set('_id', material.id);
    form.set('title', 'Veiligheidsblad');
    form.set('visibility', 'iedereen');
    const result = (await run(
      materialActions(() => '').changeMaterial,
      locals,
      form,
    )) as unknown as {
      data: { form: string; errors: Record<string, string> };
    };
    expect(sent).toHaveLength(0);
    expect(result.data.form).toBe('change');
    expect(result.data.errors.visibility).toBeTruthy();
  });
});
