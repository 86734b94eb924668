import type { Database, Transaction } from '@stagebureau/db';
import {
  DomainError,
  mergeProblems,
  partsFor,
  requestFitsCompany,
  requestTermsProblems,
  schoolYearOfDate,
  type Actor,
  type CreateRequest,
  type MenuCardStatus,
  type RequestListQuery,
  type RequestStatus,
  type RequestView,
} from '@stagebureau/domain';
import { authorise } from '../../plugins/auth';
import { auditActorOf, recordAudit } from '../audit/record';
import { classesByIds } from '../classes/service';
import { pointOfOrganisation, type Point } from '../geography/service';
import { findOrganisation } from '../organisations/service';
import { cardFill, toRequestView, type Viewer } from './present';
import {
  countLiveProposals,
  findMenuCards,
  findParts,
  findRequests,
  insertParts,
  insertRequest,
  lockMenuCard,
  lockRequest,
  menuCardOfYear,
  moveParts,
  renameMenuCard,
  publishSubmittedRequests,
  schoolsOfParts,
  updateMenuCard,
  updateRequests,
  type RequestFilter,
} from './repo';
import { findSignUps } from './signUpRepo';
import { viewerOf } from './viewer';

const fieldErrors = (errors: { path: string; message: string }[]) =>
  new DomainError('validation_failed', errors[0]!.message, { errors });

/** Requests as a viewer sees them, with their parts, in one read of each table. */
export async function presentRequests(
  db: Database | Transaction,
  regionId: string,
  viewer: Viewer,
  filter: RequestFilter,
  origin: Point | null = null,
): Promise<RequestView[]> {
  const found = await findRequests(db, regionId, filter);
  const parts = await findParts(
    db,
    found.map((row) => row.request.id),
    origin,
  );
  return found.map((row) => toRequestView(viewer, row, parts));
}

async function presentOne(db: Database, actor: Actor, id: string) {
  const [view] = await presentRequests(db, actor.regionId, viewerOf(actor), { ids: [id] });
  return view!;
}

/**
 * A school coordinator asks for its own classes; the bureau may ask for classes of several
 * schools (the request then has no single school). One part per class and occasion.
 */
export async function createRequest(db: Database, actor: Actor, input: CreateRequest, now: Date) {
  const problems = requestTermsProblems(input, now);
  if (problems.length > 0) throw fieldErrors(problems);
  const unique = [...new Set(input.classIds)];
  if (unique.length !== input.classIds.length)
    throw fieldErrors([{ path: 'body.classIds', message: 'names a class twice' }]);
  const id = await db.transaction(async (tx) => {
    const found = await classesByIds(tx, actor.regionId, unique);
    const missing = unique.findIndex(
      (classId) => !found.some((row) => row.id === classId && !row.archivedAt),
    );
    if (missing >= 0)
      throw new DomainError('not_found', 'no such class', {
        errors: [{ path: `body.classIds.${missing}`, message: 'no such class' }],
      });
    for (const schoolClass of found)
      authorise(actor, 'request.create', {
        regionId: schoolClass.regionId,
        organisationId: schoolClass.organisationId,
      });
    const schools = [...new Set(found.map((row) => row.organisationId))];
    const card = await menuCardOfYear(tx, actor.regionId, schoolYearOfDate(input.periodFrom));
    if (card.status === 'closed')
      throw new DomainError('sign_up_closed', `the menu card ${card.schoolYear} is closed`);
    const { classIds: _classIds, ...terms } = input;
    const request = await insertRequest(tx, {
      ...terms,
      regionId: actor.regionId,
      menuCardId: card.id,
      schoolId: schools.length === 1 ? schools[0]! : null,
      createdBy: actor.userId,
    });
    const parts = await insertParts(
      tx,
      partsFor(found, input.occasionsPerClass).map((part) => ({
        ...part,
        regionId: actor.regionId,
        requestId: request.id,
      })),
    );
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'request',
      entityId: request.id,
      action: 'created',
      after: { ...request, parts: parts.length },
    });
    return request.id;
  });
  return presentOne(db, actor, id);
}

/** What an actor may see of requests: the bureau all, a school its own, a company the card. */
async function visibilityOf(db: Database, actor: Actor, viewer: Viewer): Promise<RequestFilter> {
  if (viewer.kind === 'school') return { schoolId: viewer.schoolId };
  if (viewer.kind !== 'company') return {};
  const signedUp = await findSignUps(db, actor.regionId, { companyId: viewer.companyId });
  return { onPublishedCard: true, orIds: signedUp.map((row) => row.signUp.requestId) };
}

/**
 * A company sees how far each request's nearest asking school is from its own site, and may
 * keep those within `maxKm` (`sort=distance`: nearest first).
 */
export async function listRequests(db: Database, actor: Actor, query: RequestListQuery) {
  authorise(actor, 'request.read', { regionId: actor.regionId });
  const viewer = viewerOf(actor);
  const { fitting, maxKm, sort, ...narrowing } = query;
  const filter = { ...(await visibilityOf(db, actor, viewer)), ...narrowing };
  const origin =
    viewer.kind === 'company'
      ? await pointOfOrganisation(db, actor.regionId, viewer.companyId)
      : null;
  if ((maxKm !== undefined || sort === 'distance') && !origin)
    throw new DomainError('origin_unknown', 'the position of your organisation is not known');
  const views = (await presentRequests(db, actor.regionId, viewer, filter, origin)).filter(
    (view) => maxKm === undefined || (view.distanceKm !== null && view.distanceKm <= maxKm),
  );
  const sorted = sort === 'distance' ? nearestFirst(views) : views;
  if (viewer.kind !== 'company' || fitting !== 'true') return sorted;
  const company = await findOrganisation(db, actor.regionId, viewer.companyId);
  return sorted.filter((view) => requestFitsCompany(view, company ?? { sectorTags: [] }));
}

const nearestFirst = (views: RequestView[]) =>
  views.toSorted((a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity));

export async function getRequest(db: Database, actor: Actor, id: string) {
  authorise(actor, 'request.read', { regionId: actor.regionId });
  const viewer = viewerOf(actor);
  const filter = { ...(await visibilityOf(db, actor, viewer)), ids: [id] };
  const [view] = await presentRequests(db, actor.regionId, viewer, filter);
  if (!view) throw new DomainError('not_found');
  return view;
}

const requestTransitions: Record<
  'publish' | 'close' | 'withdraw',
  {
    from: RequestStatus[];
    to: RequestStatus;
  }
> = {
  publish: { from: ['submitted'], to: 'published' },
  close: { from: ['submitted', 'published'], to: 'closed' },
  withdraw: { from: ['submitted', 'published'], to: 'withdrawn' },
};

/**
 * The bureau publishes or closes a request; the asking school (or the bureau) withdraws it
 * while no company holds a part of it.
 */
export async function changeRequestStatus(
  db: Database,
  actor: Actor,
  id: string,
  change: keyof typeof requestTransitions,
) {
  await db.transaction(async (tx) => {
    const locked = await lockRequest(tx, actor.regionId, id, 'update');
    if (!locked) throw new DomainError('not_found');
    const { request } = locked;
    if (change === 'withdraw') {
      const schools = await schoolsOfParts(tx, id);
      for (const schoolId of schools)
        authorise(actor, 'request.create', {
          regionId: request.regionId,
          organisationId: schoolId,
        });
      if ((await countLiveProposals(tx, [id])) > 0)
        throw new DomainError(
          'conflict',
          'companies hold parts of this request; decline them first',
        );
    } else authorise(actor, 'request.curate', { regionId: request.regionId });
    const rule = requestTransitions[change];
    if (!rule.from.includes(request.status))
      throw new DomainError(
        'invalid_transition',
        `a ${request.status} request cannot become ${rule.to}`,
        {
          from: request.status,
          to: rule.to,
        },
      );
    await updateRequests(tx, [id], { status: rule.to });
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'request',
      entityId: id,
      action: change === 'publish' ? 'published' : change === 'close' ? 'closed' : 'withdrawn',
      before: { status: request.status },
      after: { status: rule.to },
    });
  });
  return presentOne(db, actor, id);
}

/**
 * The bureau merges near-identical requests from several schools into one: their parts move
 * to the target (one request with parts per school), the others are marked merged.
 */
export async function mergeRequests(db: Database, actor: Actor, id: string, requestIds: string[]) {
  await db.transaction(async (tx) => {
    authorise(actor, 'request.curate', { regionId: actor.regionId });
    const target = await lockRequest(tx, actor.regionId, id, 'update');
    if (!target) throw new DomainError('not_found');
    const others = [];
    for (const [index, otherId] of requestIds.entries()) {
      const other = await lockRequest(tx, actor.regionId, otherId, 'update');
      if (!other)
        throw new DomainError('not_found', 'no such request', {
          errors: [{ path: `body.requestIds.${index}`, message: 'no such request' }],
        });
      others.push(other.request);
    }
    const problems = mergeProblems(target.request, others);
    if (problems.length > 0) throw fieldErrors(problems);
    if ((await countLiveProposals(tx, requestIds)) > 0)
      throw new DomainError('conflict', 'companies hold parts of a request to merge');
    await moveParts(tx, id, requestIds);
    await updateRequests(tx, requestIds, { status: 'merged', mergedInto: id });
    const schools = await schoolsOfParts(tx, id);
    await updateRequests(tx, [id], { schoolId: schools.length === 1 ? schools[0]! : null });
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'request',
      entityId: id,
      action: 'merged',
      after: { merged: requestIds, schools: schools.length },
    });
  });
  return presentOne(db, actor, id);
}

/** Menu cards with their requests as the actor sees them. */
export async function listMenuCards(
  db: Database | Transaction,
  regionId: string,
  viewer: Viewer,
  filter: { schoolYear?: string; id?: string },
) {
  const cards = await findMenuCards(db, regionId, filter);
  const visible = viewer.kind === 'bureau' ? cards : cards.filter((c) => c.status !== 'draft');
  return Promise.all(
    visible.map(async (card) => {
      const statuses: RequestStatus[] | undefined =
        viewer.kind === 'bureau' ? undefined : ['published', 'closed'];
      const requests = (
        await presentRequests(db, regionId, viewer, { menuCardId: card.id })
      ).filter((r) => !statuses || statuses.includes(r.status));
      return {
        id: card.id,
        schoolYear: card.schoolYear,
        title: card.title,
        status: card.status,
        publishedAt: card.publishedAt?.toISOString() ?? null,
        requests,
        fill: cardFill(requests),
      };
    }),
  );
}

export async function createMenuCard(
  db: Database,
  actor: Actor,
  input: { schoolYear: string; title?: string },
) {
  authorise(actor, 'request.curate', { regionId: actor.regionId });
  const id = await db.transaction(async (tx) => {
    const card = await menuCardOfYear(tx, actor.regionId, input.schoolYear);
    if (input.title && input.title !== card.title) await renameMenuCard(tx, card.id, input.title);
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'menu_card',
      entityId: card.id,
      action: 'created',
      after: { schoolYear: input.schoolYear, title: input.title ?? card.title },
    });
    return card.id;
  });
  const [card] = await listMenuCards(db, actor.regionId, viewerOf(actor), { id });
  return card!;
}

const cardTransitions: Record<'publish' | 'close', { from: MenuCardStatus[]; to: MenuCardStatus }> =
  {
    publish: { from: ['draft'], to: 'published' },
    close: { from: ['published'], to: 'closed' },
  };

/** Publishing a card publishes the requests left on it; closing it ends sign-ups. */
export async function changeMenuCardStatus(
  db: Database,
  actor: Actor,
  id: string,
  change: 'publish' | 'close',
  now: Date,
) {
  authorise(actor, 'request.curate', { regionId: actor.regionId });
  await db.transaction(async (tx) => {
    const card = await lockMenuCard(tx, actor.regionId, id);
    if (!card) throw new DomainError('not_found');
    const rule = cardTransitions[change];
    if (!rule.from.includes(card.status))
      throw new DomainError(
        'invalid_transition',
        `a ${card.status} menu card cannot become ${rule.to}`,
        {
          from: card.status,
          to: rule.to,
        },
      );
    await updateMenuCard(tx, id, {
      status: rule.to,
      ...(change === 'publish' ? { publishedAt: now } : { closedAt: now }),
    });
    const published = change === 'publish' ? await publishSubmittedRequests(tx, id) : [];
    await recordAudit(tx, auditActorOf(actor), {
      entity: 'menu_card',
      entityId: id,
      action: change === 'publish' ? 'published' : 'closed',
      before: { status: card.status },
      after: { status: rule.to, requestsPublished: published.length },
    });
  });
  const [card] = await listMenuCards(db, actor.regionId, viewerOf(actor), { id });
  return card!;
}
