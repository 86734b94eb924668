import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import allocationRoutes from './allocation/routes';
import authRoutes from './auth/routes';
import ssoRoutes from './sso/routes';
import blackoutRoutes from './blackouts/routes';
import bookingRoutes from './bookings/routes';
import bookingSweepPlugin from './bookings/sweepPlugin';
import catalogueRoutes from './catalogue/routes';
import offerRoutes from './offers/routes';
import proposalRoutes from './proposals/routes';
import sessionRoutes from './offers/sessionRoutes';
import auditRoutes from './audit/routes';
import classRoutes from './classes/routes';
import complianceRoutes from './compliance/routes';
import complianceSweepPlugin from './compliance/sweepPlugin';
import conflictRoutes from './conflicts/routes';
import feedRoutes from './feeds/routes';
import feedbackRoutes from './feedback/routes';
import reportRoutes from './reports/routes';
import invitationRoutes from './invitations/routes';
import notificationRoutes from './notifications/routes';
import organisationRoutes from './organisations/routes';
import privacyRoutes from './privacy/routes';
import regionRoutes from './region/routes';
import yearPlanRoutes from './yearPlans/routes';
import placementRoutes from './placements/routes';
import placementRoundRoutes from './placements/rounds/routes';
import placementAgreementRoutes from './placements/agreement';
import placementAttendanceRoutes from './placements/attendance/routes';
import placementAttendanceSweepPlugin from './placements/attendance/sweepPlugin';
import placementEvaluationRoutes from './placements/evaluation/routes';
import erasureSweepPlugin from './placements/erasure/sweepPlugin';
import requestRoutes from './requests/routes';
import requestFollowUpRoutes from './requests/followUp/routes';
import requestFollowUpSweepPlugin from './requests/followUp/sweepPlugin';
import fileRoutes from './storage/routes';
import materialRoutes from './materials/routes';
import importRoutes from './imports/routes';
import pupilCountRoutes from './organisations/pupilCountRoutes';
import registrationRoutes from './registrations/routes';
import agreementRoutes from './agreements/routes';
import targetRoutes from './targets/routes';
import exportRoutes from './exports/routes';
import recognitionRoutes from './recognition/routes';
import relationRoutes from './relations/routes';
import platformRoutes from './platform/routes';
import followUpReminderSweepPlugin from './relations/sweepPlugin';

/** Every feature module mounted under /api/v1, in one list. */
export const apiModules: FastifyPluginAsyncZod[] = [
  allocationRoutes,
  authRoutes,
  ssoRoutes,
  invitationRoutes,
  notificationRoutes,
  organisationRoutes,
  privacyRoutes,
  classRoutes,
  regionRoutes,
  auditRoutes,
  feedRoutes,
  offerRoutes,
  catalogueRoutes,
  sessionRoutes,
  blackoutRoutes,
  proposalRoutes,
  requestRoutes,
  requestFollowUpRoutes,
  bookingRoutes,
  feedbackRoutes,
  reportRoutes,
  conflictRoutes,
  bookingSweepPlugin,
  requestFollowUpSweepPlugin,
  yearPlanRoutes,
  exportRoutes,
  placementRoutes,
  placementRoundRoutes,
  placementAgreementRoutes,
  placementAttendanceRoutes,
  placementEvaluationRoutes,
  placementAttendanceSweepPlugin,
  erasureSweepPlugin,
  fileRoutes,
  complianceRoutes,
  complianceSweepPlugin,
  materialRoutes,
  importRoutes,
  pupilCountRoutes,
  registrationRoutes,
  agreementRoutes,
  targetRoutes,
  recognitionRoutes,
  relationRoutes,
  followUpReminderSweepPlugin,
  platformRoutes,
];
