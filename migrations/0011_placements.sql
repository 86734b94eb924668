CREATE TABLE "attendance_weeks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"placement_id" uuid NOT NULL,
	"week_of" date NOT NULL,
	"present_days" date[] DEFAULT '{}'::date[] NOT NULL,
	"absent_days" date[] DEFAULT '{}'::date[] NOT NULL,
	"hours" double precision DEFAULT 0 NOT NULL,
	"token_hash" text,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"reminded_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attendance_weeks_hours_ck" CHECK ("attendance_weeks"."hours" >= 0)
);
--> statement-breakpoint
CREATE TABLE "internship_places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"offer_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"weekdays" integer[] NOT NULL,
	"day_starts" text NOT NULL,
	"day_ends" text NOT NULL,
	"supervisor_name" text NOT NULL,
	"supervisor_email" text NOT NULL,
	"supervisor_phone" text,
	"what_to_bring" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "internship_places_hours_ck" CHECK ("internship_places"."day_starts" < "internship_places"."day_ends")
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"first_name" text NOT NULL,
	"surname" text NOT NULL,
	"class_id" uuid,
	"education_level" text,
	"vmbo_profile" text,
	"school_year" integer,
	"is_minor" boolean NOT NULL,
	"guardian_email" text,
	"user_id" uuid,
	"pseudonym" text NOT NULL,
	"erased_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participants_kind_ck" CHECK ("participants"."kind" in ('pupil', 'teacher')),
	CONSTRAINT "participants_pupil_ck" CHECK ("participants"."kind" <> 'pupil' or "participants"."erased_at" is not null or ("participants"."class_id" is not null and "participants"."education_level" is not null and "participants"."school_year" between 1 and 6)),
	CONSTRAINT "participants_teacher_ck" CHECK ("participants"."kind" <> 'teacher' or ("participants"."user_id" is not null and not "participants"."is_minor")),
	CONSTRAINT "participants_guardian_ck" CHECK (not "participants"."is_minor" or "participants"."erased_at" is not null or "participants"."guardian_email" is not null)
);
--> statement-breakpoint
CREATE TABLE "placement_evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"placement_id" uuid NOT NULL,
	"ratings" jsonb NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"token_hash" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placement_preferences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"place_ids" uuid[] NOT NULL,
	"result" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "placement_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"title" text NOT NULL,
	"place_ids" uuid[] NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"seed" text NOT NULL,
	"seed_hash" text NOT NULL,
	"run_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placement_rounds_status_ck" CHECK ("placement_rounds"."status" in ('open', 'run', 'published'))
);
--> statement-breakpoint
CREATE TABLE "placement_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"placement_id" uuid NOT NULL,
	"party" text NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"typed_name" text,
	"signed_at" timestamp with time zone,
	"signed_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placement_signatures_party_ck" CHECK ("placement_signatures"."party" in ('school','company','pupil','guardian','teacher'))
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"place_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"booking_id" uuid NOT NULL,
	"status" text NOT NULL,
	"round_id" uuid,
	"preference_rank" integer,
	"decline_reason" text,
	"agreement" jsonb,
	"agreement_hash" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"retain_until" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "placements_status_ck" CHECK ("placements"."status" in ('proposed','accepted','declined','signed','completed','cancelled'))
);
--> statement-breakpoint
ALTER TABLE "bookings" ALTER COLUMN "class_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "participant_id" uuid;--> statement-breakpoint
ALTER TABLE "attendance_weeks" ADD CONSTRAINT "attendance_weeks_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_weeks" ADD CONSTRAINT "attendance_weeks_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance_weeks" ADD CONSTRAINT "attendance_weeks_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_places" ADD CONSTRAINT "internship_places_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_places" ADD CONSTRAINT "internship_places_company_id_organisations_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_places" ADD CONSTRAINT "internship_places_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internship_places" ADD CONSTRAINT "internship_places_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_school_id_organisations_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_evaluations" ADD CONSTRAINT "placement_evaluations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_evaluations" ADD CONSTRAINT "placement_evaluations_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_evaluations" ADD CONSTRAINT "placement_evaluations_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_preferences" ADD CONSTRAINT "placement_preferences_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_preferences" ADD CONSTRAINT "placement_preferences_round_id_placement_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."placement_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_preferences" ADD CONSTRAINT "placement_preferences_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_rounds" ADD CONSTRAINT "placement_rounds_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_rounds" ADD CONSTRAINT "placement_rounds_school_id_organisations_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_rounds" ADD CONSTRAINT "placement_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_signatures" ADD CONSTRAINT "placement_signatures_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placement_signatures" ADD CONSTRAINT "placement_signatures_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."placements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_place_id_internship_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."internship_places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_school_id_organisations_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_company_id_organisations_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_round_id_placement_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."placement_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_weeks_placement_week_uq" ON "attendance_weeks" USING btree ("placement_id","week_of");--> statement-breakpoint
CREATE UNIQUE INDEX "attendance_weeks_token_uq" ON "attendance_weeks" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "internship_places_offer_uq" ON "internship_places" USING btree ("offer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "internship_places_session_uq" ON "internship_places" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "internship_places_region_company_idx" ON "internship_places" USING btree ("region_id","company_id");--> statement-breakpoint
CREATE INDEX "participants_region_school_idx" ON "participants" USING btree ("region_id","school_id");--> statement-breakpoint
CREATE UNIQUE INDEX "participants_pseudonym_uq" ON "participants" USING btree ("region_id","pseudonym");--> statement-breakpoint
CREATE UNIQUE INDEX "placement_evaluations_placement_uq" ON "placement_evaluations" USING btree ("placement_id");--> statement-breakpoint
CREATE UNIQUE INDEX "placement_preferences_round_participant_uq" ON "placement_preferences" USING btree ("round_id","participant_id");--> statement-breakpoint
CREATE INDEX "placement_rounds_region_school_idx" ON "placement_rounds" USING btree ("region_id","school_id");--> statement-breakpoint
CREATE UNIQUE INDEX "placement_signatures_token_uq" ON "placement_signatures" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "placement_signatures_party_uq" ON "placement_signatures" USING btree ("placement_id","party");--> statement-breakpoint
CREATE UNIQUE INDEX "placements_booking_uq" ON "placements" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "placements_region_school_idx" ON "placements" USING btree ("region_id","school_id");--> statement-breakpoint
CREATE INDEX "placements_region_company_idx" ON "placements" USING btree ("region_id","company_id");--> statement-breakpoint
CREATE INDEX "placements_participant_idx" ON "placements" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "placements_place_idx" ON "placements" USING btree ("place_id");--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bookings_participant_idx" ON "bookings" USING btree ("participant_id");--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_who_ck" CHECK ("bookings"."class_id" is not null or ("bookings"."participant_id" is not null and "bookings"."seats" = 1));