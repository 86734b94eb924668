/** The demand side's closed vocabularies (issue 15): requests, menu cards, sign-ups. */
export const requestStatuses = ['submitted', 'published', 'closed', 'merged', 'withdrawn'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const menuCardStatuses = ['draft', 'published', 'closed'] as const;
export type MenuCardStatus = (typeof menuCardStatuses)[number];

export const partsOfDay = ['morning', 'afternoon', 'whole_day'] as const;
export type PartOfDay = (typeof partsOfDay)[number];

/** Where the activity happens: at the school, at the company, or whichever the company offers. */
export const requestLocations = ['at_school', 'at_company', 'either'] as const;
export type RequestLocation = (typeof requestLocations)[number];

/** A company's proposal for one part: proposed → accepted / declined, or withdrawn by it. */
export const partProposalStatuses = ['proposed', 'accepted', 'declined', 'withdrawn'] as const;
export type PartProposalStatus = (typeof partProposalStatuses)[number];

/** The statuses that take a part: at most one proposal per part in these (a database index). */
export const partTakingStatuses = [
  'proposed',
  'accepted',
] as const satisfies readonly PartProposalStatus[];

/** A part as the school and the bureau see it. */
export const partStates = ['open', 'proposed', 'accepted'] as const;
export type PartState = (typeof partStates)[number];
