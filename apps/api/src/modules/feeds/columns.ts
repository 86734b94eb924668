import { alias } from 'drizzle-orm/pg-core';
import { offers, organisations, sessions } from '@stagebureau/db';
import type { feedWindow } from '@stagebureau/domain';

/** What every calendar event shows of its session and offer, for booking and session feeds. */
export const company = alias(organisations, 'company');
export const school = alias(organisations, 'school');

export type Window = ReturnType<typeof feedWindow>;

export const sessionColumns = {
  id: sessions.id,
  startsAt: sessions.startsAt,
  endsAt: sessions.endsAt,
  status: sessions.status,
  cancelReason: sessions.cancelReason,
  capacity: sessions.capacity,
  bookedSeats: sessions.bookedSeats,
  sequence: sessions.sequence,
};

export const offerColumns = {
  id: offers.id,
  type: offers.type,
  title: offers.title,
  companyName: company.name,
  locationKind: offers.locationKind,
  street: offers.street,
  postcode: offers.postcode,
  city: offers.city,
  latitude: offers.latitude,
  longitude: offers.longitude,
  requirements: offers.requirements,
  contactName: offers.contactName,
  contactEmail: offers.contactEmail,
  contactPhone: offers.contactPhone,
};
