CREATE TABLE "menu_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"school_year" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "menu_cards_status_ck" CHECK ("menu_cards"."status" in ('draft', 'published', 'closed')),
	CONSTRAINT "menu_cards_year_ck" CHECK ("menu_cards"."school_year" ~ '^[0-9]{4}-[0-9]{4}$')
);
--> statement-breakpoint
CREATE TABLE "part_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"sign_up_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"decline_reason" text,
	"session_id" uuid,
	"booking_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "part_proposals_status_ck" CHECK ("part_proposals"."status" in ('proposed', 'accepted', 'declined', 'withdrawn')),
	CONSTRAINT "part_proposals_time_ck" CHECK ("part_proposals"."ends_at" > "part_proposals"."starts_at"),
	CONSTRAINT "part_proposals_accepted_ck" CHECK ("part_proposals"."status" <> 'accepted' or ("part_proposals"."session_id" is not null and "part_proposals"."booking_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "request_parts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"class_id" uuid NOT NULL,
	"occasion" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_parts_occasion_ck" CHECK ("request_parts"."occasion" >= 1)
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"menu_card_id" uuid NOT NULL,
	"school_id" uuid,
	"merged_into" uuid,
	"status" text DEFAULT 'submitted' NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"levels" text[] DEFAULT '{}'::text[] NOT NULL,
	"school_years" integer[] DEFAULT '{}'::int[] NOT NULL,
	"vmbo_profiles" text[] DEFAULT '{}'::text[] NOT NULL,
	"sector_tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"hours_per_occasion" double precision NOT NULL,
	"occasions_per_class" integer NOT NULL,
	"period_from" date NOT NULL,
	"period_until" date NOT NULL,
	"weekdays" integer[] NOT NULL,
	"part_of_day" text NOT NULL,
	"location" text NOT NULL,
	"school_provides" text DEFAULT '' NOT NULL,
	"sign_up_deadline" date NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "requests_status_ck" CHECK ("requests"."status" in ('submitted', 'published', 'closed', 'merged', 'withdrawn')),
	CONSTRAINT "requests_period_ck" CHECK ("requests"."period_until" >= "requests"."period_from"),
	CONSTRAINT "requests_deadline_ck" CHECK ("requests"."sign_up_deadline" <= "requests"."period_until"),
	CONSTRAINT "requests_hours_ck" CHECK ("requests"."hours_per_occasion" > 0 and "requests"."hours_per_occasion" <= 40),
	CONSTRAINT "requests_occasions_ck" CHECK ("requests"."occasions_per_class" between 1 and 20),
	CONSTRAINT "requests_merged_ck" CHECK (("requests"."status" = 'merged') = ("requests"."merged_into" is not null))
);
--> statement-breakpoint
CREATE TABLE "sign_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text,
	"location_kind" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"offer_id" uuid,
	"created_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sign_ups_status_ck" CHECK ("sign_ups"."status" in ('active', 'withdrawn')),
	CONSTRAINT "sign_ups_location_ck" CHECK ("sign_ups"."location_kind" in ('at_company', 'at_school'))
);
--> statement-breakpoint
ALTER TABLE "menu_cards" ADD CONSTRAINT "menu_cards_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_proposals" ADD CONSTRAINT "part_proposals_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_proposals" ADD CONSTRAINT "part_proposals_sign_up_id_sign_ups_id_fk" FOREIGN KEY ("sign_up_id") REFERENCES "public"."sign_ups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_proposals" ADD CONSTRAINT "part_proposals_part_id_request_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."request_parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_proposals" ADD CONSTRAINT "part_proposals_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_proposals" ADD CONSTRAINT "part_proposals_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_proposals" ADD CONSTRAINT "part_proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_parts" ADD CONSTRAINT "request_parts_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_parts" ADD CONSTRAINT "request_parts_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_parts" ADD CONSTRAINT "request_parts_school_id_organisations_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_parts" ADD CONSTRAINT "request_parts_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_menu_card_id_menu_cards_id_fk" FOREIGN KEY ("menu_card_id") REFERENCES "public"."menu_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_school_id_organisations_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_merged_into_requests_id_fk" FOREIGN KEY ("merged_into") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_ups" ADD CONSTRAINT "sign_ups_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_ups" ADD CONSTRAINT "sign_ups_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_ups" ADD CONSTRAINT "sign_ups_company_id_organisations_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_ups" ADD CONSTRAINT "sign_ups_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_ups" ADD CONSTRAINT "sign_ups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "menu_cards_region_year_uq" ON "menu_cards" USING btree ("region_id","school_year");--> statement-breakpoint
CREATE UNIQUE INDEX "part_proposals_one_taker_uq" ON "part_proposals" USING btree ("part_id") WHERE "part_proposals"."status" in ('proposed', 'accepted');--> statement-breakpoint
CREATE INDEX "part_proposals_sign_up_idx" ON "part_proposals" USING btree ("sign_up_id");--> statement-breakpoint
CREATE UNIQUE INDEX "request_parts_request_class_occasion_uq" ON "request_parts" USING btree ("request_id","class_id","occasion");--> statement-breakpoint
CREATE INDEX "request_parts_school_idx" ON "request_parts" USING btree ("region_id","school_id");--> statement-breakpoint
CREATE INDEX "requests_card_idx" ON "requests" USING btree ("menu_card_id","status");--> statement-breakpoint
CREATE INDEX "requests_region_deadline_idx" ON "requests" USING btree ("region_id","sign_up_deadline");--> statement-breakpoint
CREATE INDEX "sign_ups_request_idx" ON "sign_ups" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "sign_ups_company_idx" ON "sign_ups" USING btree ("region_id","company_id");