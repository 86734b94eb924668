import { eq } from 'drizzle-orm';
import { users, type Database } from '@stagebureau/db';
import { anOffer, aBooking, aSession } from './activityBuilders';
import { aClass, aCompany, aRegion, aSchool, aUser } from './builders';

/** A region with one booking and the people who hear about it (notification tests). */
export async function aBookedClass(db: Database, options: { offerTitle?: string } = {}) {
  const region = await aRegion(db);
  const school = await aSchool(db, region.id, { name: 'Noorderpoort & Co' });
  const company = await aCompany(db, region.id, { name: 'Bouw <BV>' });
  const schoolClass = await aClass(db, region.id, school.id, { name: '3B', size: 22 });
  const coordinator = await aUser(db, region.id, 'school_coordinator', school.id);
  const teacher = await aUser(db, region.id, 'teacher', school.id);
  await db.update(users).set({ language: 'en' }).where(eq(users.id, teacher.id));
  const otherTeacher = await aUser(db, region.id, 'teacher', school.id);
  const companyAdmin = await aUser(db, region.id, 'company_admin', company.id);
  const offer = await anOffer(db, region.id, company.id, {
    title: options.offerTitle ?? 'Lassen <script>x</script> & solderen',
  });
  const session = await aSession(db, region.id, offer.id);
  const booking = await aBooking(db, session, school, schoolClass, { createdBy: teacher.id });
  return {
    region,
    school,
    company,
    schoolClass,
    coordinator,
    teacher: { ...teacher, language: 'en' as const },
    otherTeacher,
    companyAdmin,
    offer,
    session,
    booking,
  };
}
