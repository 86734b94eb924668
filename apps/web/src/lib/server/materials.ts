import type { Action } from '@sveltejs/kit';
import {
  addLinkVersionSchema,
  changeMaterialSchema,
  createLinkMaterialSchema,
  materialListSchema,
  materialSchema,
  materialUploadFieldsSchema,
  materialVersionListSchema,
  regionSchema,
  versionUploadFieldsSchema,
  type Material,
  type MaterialVersion,
} from '@stagebureau/domain';
import { translator, type Translate } from '$lib/i18n';
import type { PlacementDone } from '$lib/placements';
import { formObject, parseWith, type FieldErrors, type FormValues } from './forms';
import { invalidIn, refusedIn } from './placements';
import { chosenFile, readUploadForm, refusedUpload, tooLargeFailure } from './uploads';

export type MaterialTarget = 'offer' | 'place' | 'request';
const collection = { offer: 'offers', place: 'places', request: 'requests' } as const;

/**
 * The materials of an offer, place or request the caller may see, and for the ones the caller
 * manages (a few per activity) their earlier versions.
 */
export async function loadMaterials(locals: App.Locals, target: MaterialTarget, id: string) {
  const { items } = await locals.api.get(
    `/${collection[target]}/${encodeURIComponent(id)}/materials`,
    materialListSchema,
  );
  return { materials: items, versions: await loadVersions(locals, items) };
}

export async function loadVersions(
  locals: App.Locals,
  materials: Material[],
): Promise<Record<string, MaterialVersion[]>> {
  const managed = materials.filter((material) => material.canManage && material.versionCount > 1);
  const lists = await Promise.all(
    managed.map((material) =>
      locals.api.get(`/materials/${material.id}/versions`, materialVersionListSchema),
    ),
  );
  return Object.fromEntries(managed.map((material, index) => [material.id, lists[index]!.items]));
}

/** The region's upload limit, for the file fields' hint. */
export async function loadUploadMaxMb(locals: App.Locals): Promise<number> {
  return (await locals.api.get('/region', regionSchema)).settings.uploadMaxMb;
}

const audienceLists = ['levels', 'schoolYears', 'vmboProfiles'];

/** A file or a link, never both: what the form sent decides which contract applies. */
function contentOf(
  form: FormData,
  values: FormValues,
  t: Translate,
): { error: FieldErrors } | { file: File | null; url: string } {
  const file = chosenFile(form);
  const url = typeof values.url === 'string' ? values.url : '';
  if (file && url) return { error: { url: t('materials.attach.chooseOne') } };
  if (!file && !url) return { error: { file: t('materials.attach.urlRequired') } };
  return { file, url };
}

/**
 * Attaches a material with its first version to an offer, place or request (`targetPath`), or
 * to the library: a file as multipart with the fields as form fields, a link as JSON.
 */
export function attachMaterialAction(targetPath: (params: Record<string, string>) => string) {
  const action: Action = async ({ request, locals, params }) => {
    const t = translator(locals.language);
    const form = await readUploadForm(request);
    if (!form) return tooLargeFailure('attach', t);
    const values = formObject(form, { lists: audienceLists });
    delete values.file;
    const content = contentOf(form, values, t);
    if ('error' in content) return invalidIn('attach', content.error, values);
    const { url: _url, ...described } = values;
    const path = targetPath(params as Record<string, string>);
    try {
      let material: Material;
      if (content.file) {
        // The multipart contract takes the audience lists comma-separated.
        const fields: Record<string, string> = Object.fromEntries(
          Object.entries(described).map(([name, value]) => [
            name,
            Array.isArray(value) ? value.join(',') : String(value),
          ]),
        );
        const parsed = parseWith(materialUploadFieldsSchema, fields, t);
        if (!parsed.ok) return invalidIn('attach', parsed.errors, values);
        const body = new FormData();
        for (const [name, value] of Object.entries(fields)) body.set(name, value);
        body.set('file', content.file, content.file.name);
        material = (await locals.api.upload(path, body, materialSchema)).data;
      } else {
        const parsed = parseWith(
          createLinkMaterialSchema,
          { ...described, url: content.url, schoolYears: numbers(described.schoolYears) },
          t,
        );
        if (!parsed.ok) return invalidIn('attach', parsed.errors, values);
        material = (await locals.api.post(path, parsed.data, materialSchema)).data;
      }
      const done: PlacementDone = {
        done: t('materials.attach.done', { title: material.title }),
        form: 'attach',
        id: material.id,
      };
      return done;
    } catch (problem) {
      return refusedUpload('attach', problem, values, t);
    }
  };
  return action;
}

const numbers = (value: unknown) => (Array.isArray(value) ? value.map(Number) : value);

/** A new version of a material (`_id`): a file or a link, with a note on what changed. */
export const addVersionAction: Action = async ({ request, locals }) => {
  const t = translator(locals.language);
  const form = await readUploadForm(request);
  if (!form) return tooLargeFailure('version', t);
  const id = String(form.get('_id') ?? '');
  const values = formObject(form);
  delete values.file;
  const content = contentOf(form, values, t);
  if ('error' in content) return invalidIn('version', content.error, values, id);
  const path = `/materials/${encodeURIComponent(id)}/versions`;
  const note = typeof values.note === 'string' ? values.note : '';
  try {
    let material: Material;
    if (content.file) {
      const parsed = parseWith(versionUploadFieldsSchema, { note }, t);
      if (!parsed.ok) return invalidIn('version', parsed.errors, values, id);
      const body = new FormData();
      body.set('note', note);
      body.set('file', content.file, content.file.name);
      material = (await locals.api.upload(path, body, materialSchema)).data;
    } else {
      const parsed = parseWith(addLinkVersionSchema, { url: content.url, note }, t);
      if (!parsed.ok) return invalidIn('version', parsed.errors, values, id);
      material = (await locals.api.post(path, parsed.data, materialSchema)).data;
    }
    const done: PlacementDone = {
      done: t('materials.versionAdded', { title: material.title }),
      form: 'version',
      id,
    };
    return done;
  } catch (problem) {
    return refusedUpload('version', problem, values, t, id);
  }
};

/** The owner (or the bureau) changes a material's title, kind, visibility, text or audience. */
export const changeMaterialAction: Action = async ({ request, locals }) => {
  const t = translator(locals.language);
  const form = await request.formData();
  const id = String(form.get('_id') ?? '');
  const values = formObject(form, { lists: audienceLists });
  delete values._id;
  // No box ticked is a choice too (every level): formObject sends an empty list. An emptied
  // description is a choice as well, where formObject would leave the empty field out.
  const description = form.get('description');
  const change = {
    ...values,
    ...(typeof description === 'string' ? { description } : {}),
    schoolYears: numbers(values.schoolYears),
  };
  const parsed = parseWith(changeMaterialSchema, change, t);
  if (!parsed.ok) return invalidIn('change', parsed.errors, values, id);
  try {
    const { data } = await locals.api.patch(
      `/materials/${encodeURIComponent(id)}`,
      parsed.data,
      materialSchema,
    );
    const done: PlacementDone = {
      done: t('materials.changed', { title: data.title }),
      form: 'change',
      id,
    };
    return done;
  } catch (problem) {
    return refusedIn('change', problem, values, t, id);
  }
};

/** The owner (or the bureau) deletes a material with all its versions. */
export const removeMaterialAction: Action = async ({ request, locals }) => {
  const t = translator(locals.language);
  const form = await request.formData();
  const id = String(form.get('_id') ?? '');
  try {
    await locals.api.delete(`/materials/${encodeURIComponent(id)}`);
  } catch (problem) {
    return refusedIn('remove', problem, {}, t, id);
  }
  const done: PlacementDone = { done: t('materials.removed'), form: 'remove', id };
  return done;
};

/** The material actions of a page that manages an activity's materials. */
export const materialActions = (targetPath: (params: Record<string, string>) => string) => ({
  attachMaterial: attachMaterialAction(targetPath),
  changeMaterial: changeMaterialAction,
  addVersion: addVersionAction,
  removeMaterial: removeMaterialAction,
});
