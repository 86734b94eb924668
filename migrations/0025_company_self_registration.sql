CREATE TABLE "organisation_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"contact_phone" text NOT NULL,
	"language" text DEFAULT 'nl' NOT NULL,
	"rejection_reason" text,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"invitation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_registrations_status_ck" CHECK ("organisation_registrations"."status" in ('pending', 'approved', 'rejected')),
	CONSTRAINT "organisation_registrations_reason_ck" CHECK ("organisation_registrations"."status" <> 'rejected' or "organisation_registrations"."rejection_reason" is not null),
	CONSTRAINT "organisation_registrations_language_ck" CHECK ("organisation_registrations"."language" in ('nl', 'en'))
);
--> statement-breakpoint
ALTER TABLE "organisations" DROP CONSTRAINT "organisations_status_ck";--> statement-breakpoint
ALTER TABLE "organisation_registrations" ADD CONSTRAINT "organisation_registrations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_registrations" ADD CONSTRAINT "organisation_registrations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_registrations" ADD CONSTRAINT "organisation_registrations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_registrations" ADD CONSTRAINT "organisation_registrations_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "organisation_registrations_org_uq" ON "organisation_registrations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "organisation_registrations_region_idx" ON "organisation_registrations" USING btree ("region_id","status","created_at");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_status_ck" CHECK ("organisations"."status" in ('pending', 'active', 'suspended', 'rejected'));