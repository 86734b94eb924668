import type { Action } from '@sveltejs/kit';
import {
  createFeedSchema,
  feedListSchema,
  issuedFeedSchema,
  type Feed,
  type FeedScope,
} from '@stagebureau/domain';
import { z } from 'zod';
import { translator } from '$lib/i18n';
import { setFlash } from './flash';
import { formObject, invalid, parseWith, problemFailure } from './forms';

/** Something a feed can be made for: the organisation itself, one of its classes or offers. */
export interface FeedTarget {
  scope: FeedScope;
  id: string;
  name: string;
}

export interface FeedRow extends Feed {
  /** The target's name; null when it is gone (an archived class, a deleted offer). */
  name: string | null;
}

/** The caller's feeds (the API lists only one's own), named after their targets. */
export async function loadFeeds(locals: App.Locals, targets: FeedTarget[]): Promise<FeedRow[]> {
  const { items } = await locals.api.get('/feeds', feedListSchema);
  const names = new Map(targets.map((target) => [`${target.scope}:${target.id}`, target.name]));
  return items
    .map((feed) => ({ ...feed, name: names.get(`${feed.scope}:${feed.scopeId}`) ?? null }))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

const idOnly = z.object({ id: z.uuid() });

/**
 * Create, rotate and revoke, shared by the school's and the company's page. The secret URL is
 * only in the answer to create and rotate, so it is returned to the page once and never stored.
 */
export const feedActions: Record<'create' | 'rotate' | 'revoke', Action> = {
  create: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData());
    const [scope, id] = String(values.target ?? '').split(':');
    const parsed = parseWith(createFeedSchema, { scope, id }, t);
    if (!parsed.ok) return invalid({ target: t('validation.choice') }, values);
    try {
      const { data } = await locals.api.post('/feeds', parsed.data, issuedFeedSchema);
      setFlash(cookies, { kind: 'success', message: t('feeds.created') });
      return { issued: data };
    } catch (problem) {
      return problemFailure(problem, values);
    }
  },
  rotate: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData());
    const parsed = parseWith(idOnly, { id: values.feedId }, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      const { data } = await locals.api.post(
        `/feeds/${parsed.data.id}/rotate`,
        undefined,
        issuedFeedSchema,
      );
      setFlash(cookies, { kind: 'success', message: t('feeds.rotated') });
      return { issued: data };
    } catch (problem) {
      return problemFailure(problem, values);
    }
  },
  revoke: async ({ request, locals, cookies }) => {
    const t = translator(locals.language);
    const values = formObject(await request.formData());
    const parsed = parseWith(idOnly, { id: values.feedId }, t);
    if (!parsed.ok) return invalid(parsed.errors, values);
    try {
      await locals.api.delete(`/feeds/${parsed.data.id}`);
    } catch (problem) {
      return problemFailure(problem, values);
    }
    setFlash(cookies, { kind: 'success', message: t('feeds.revoked') });
    return { revoked: parsed.data.id };
  },
};
