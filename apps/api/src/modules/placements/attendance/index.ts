/**
 * The attendance part's public face (issue 16): the evaluation and the reports call these,
 * never its repo. Its routes and sweep plugin are registered in modules/index.ts.
 */
export { findAttendancePlacement, termsOf, type AttendancePlacement } from './repo';
export { participantNameOf } from './service';
export { confirmedHoursByCompany, supervisionActivities } from './inKind';
export { authoriseHost, authoriseReader, supervisorActor } from './access';
export { evaluationPath, newLink, tokenHashOf } from './links';
