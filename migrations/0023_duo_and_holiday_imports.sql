CREATE TABLE "school_location_pupil_counts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"school_year" text NOT NULL,
	"pupils" integer NOT NULL,
	"pupils_at_vavo" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "school_location_pupil_counts_year_ck" CHECK ("school_location_pupil_counts"."school_year" ~ '^[0-9]{4}-[0-9]{4}$'),
	CONSTRAINT "school_location_pupil_counts_pupils_ck" CHECK ("school_location_pupil_counts"."pupils" >= 0),
	CONSTRAINT "school_location_pupil_counts_vavo_ck" CHECK ("school_location_pupil_counts"."pupils_at_vavo" is null or "school_location_pupil_counts"."pupils_at_vavo" >= 0)
);
--> statement-breakpoint
ALTER TABLE "school_locations" ADD COLUMN "location_code" text;--> statement-breakpoint
ALTER TABLE "school_locations" ADD COLUMN "holiday_region" text;--> statement-breakpoint
ALTER TABLE "blackouts" ADD COLUMN "source_key" text;--> statement-breakpoint
ALTER TABLE "school_location_pupil_counts" ADD CONSTRAINT "school_location_pupil_counts_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_location_pupil_counts" ADD CONSTRAINT "school_location_pupil_counts_location_id_school_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."school_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "school_location_pupil_counts_uq" ON "school_location_pupil_counts" USING btree ("region_id","location_id","school_year");--> statement-breakpoint
CREATE UNIQUE INDEX "school_locations_region_code_uq" ON "school_locations" USING btree ("region_id","location_code");--> statement-breakpoint
CREATE UNIQUE INDEX "blackouts_region_source_uq" ON "blackouts" USING btree ("region_id","source_key");--> statement-breakpoint
ALTER TABLE "school_locations" ADD CONSTRAINT "school_locations_code_ck" CHECK ("school_locations"."location_code" is null or "school_locations"."location_code" ~ '^[0-9]{2}[A-Z]{2}[0-9]{2}$');--> statement-breakpoint
ALTER TABLE "school_locations" ADD CONSTRAINT "school_locations_holiday_region_ck" CHECK ("school_locations"."holiday_region" is null or "school_locations"."holiday_region" in ('noord', 'midden', 'zuid'));