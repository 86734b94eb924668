export * from './feedItems';
export * from './events';
export { offerTypeLabelsNl } from './text';
export * from './feedAccess';
export * from './vtimezone';
export * from './recurrence';
export * from './placementEvents';
