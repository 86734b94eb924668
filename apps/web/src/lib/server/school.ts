import { error } from '@sveltejs/kit';
import type { Me } from '@stagebureau/domain';
import { translator } from '$lib/i18n';

/** The school a school user acts for (the API checks it again). */
export function schoolIdOf(locals: App.Locals): string {
  const me: Me | null = locals.me;
  if (!me?.organisation || me.organisation.kind !== 'school')
    error(403, { message: translator(locals.language)('error.forbidden') });
  return me.organisation.id;
}

export const classFieldKinds = { numbers: ['schoolYear', 'size'], nullable: ['vmboProfile'] };
