CREATE TABLE "platform_admins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "platform_admins_status_ck" CHECK ("platform_admins"."status" in ('active','disabled'))
);
--> statement-breakpoint
CREATE TABLE "postcode_areas" (
	"pc4" text PRIMARY KEY NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "postcode_areas_pc4_ck" CHECK ("postcode_areas"."pc4" ~ '^[1-9][0-9]{3}$'),
	CONSTRAINT "postcode_areas_coordinates_ck" CHECK ("postcode_areas"."latitude" between 50 and 54 and "postcode_areas"."longitude" between 3 and 8)
);
--> statement-breakpoint
ALTER TABLE "invitations" ALTER COLUMN "created_by" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "created_by_platform_admin" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "platform_admins_email_uq" ON "platform_admins" USING btree (lower("email"));--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_created_by_platform_admin_platform_admins_id_fk" FOREIGN KEY ("created_by_platform_admin") REFERENCES "public"."platform_admins"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_one_creator_ck" CHECK (("invitations"."created_by" is null) <> ("invitations"."created_by_platform_admin" is null));