CREATE TABLE "material_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"material_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"content" text NOT NULL,
	"url" text,
	"object_key" text,
	"file_name" text,
	"content_type" text,
	"size" integer,
	"sha256" text,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "material_versions_number_ck" CHECK ("material_versions"."number" >= 1),
	CONSTRAINT "material_versions_content_ck" CHECK (case "material_versions"."content"
        when 'file' then "material_versions"."object_key" is not null and "material_versions"."file_name" is not null
          and "material_versions"."content_type" is not null and "material_versions"."size" is not null and "material_versions"."sha256" is not null
          and "material_versions"."url" is null
        when 'link' then "material_versions"."url" like 'https://%' and "material_versions"."object_key" is null
        else false end)
);
--> statement-breakpoint
CREATE TABLE "materials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"offer_id" uuid,
	"request_id" uuid,
	"owner_organisation_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"visibility" text NOT NULL,
	"levels" text[] DEFAULT '{}'::text[] NOT NULL,
	"school_years" integer[] DEFAULT '{}'::int[] NOT NULL,
	"vmbo_profiles" text[] DEFAULT '{}'::text[] NOT NULL,
	"latest_version" integer DEFAULT 1 NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(description, '')), 'B')) STORED,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "materials_target_ck" CHECK (case "materials"."target_kind"
        when 'offer' then "materials"."offer_id" is not null and "materials"."request_id" is null
        when 'place' then "materials"."offer_id" is not null and "materials"."request_id" is null
        when 'request' then "materials"."request_id" is not null and "materials"."offer_id" is null
        when 'library' then "materials"."offer_id" is null and "materials"."request_id" is null and "materials"."owner_organisation_id" is null
        else false end),
	CONSTRAINT "materials_kind_ck" CHECK ("materials"."kind" in ('assignment', 'booklet', 'safety_sheet', 'worksheet', 'other')),
	CONSTRAINT "materials_visibility_ck" CHECK ("materials"."visibility" in ('public', 'booked_schools', 'bureau')),
	CONSTRAINT "materials_latest_version_ck" CHECK ("materials"."latest_version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "material_versions" ADD CONSTRAINT "material_versions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_versions" ADD CONSTRAINT "material_versions_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "material_versions" ADD CONSTRAINT "material_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "materials" ADD CONSTRAINT "materials_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "material_versions_number_uq" ON "material_versions" USING btree ("region_id","material_id","number");--> statement-breakpoint
CREATE INDEX "materials_offer_idx" ON "materials" USING btree ("region_id","offer_id") WHERE "materials"."offer_id" is not null;--> statement-breakpoint
CREATE INDEX "materials_request_idx" ON "materials" USING btree ("region_id","request_id") WHERE "materials"."request_id" is not null;--> statement-breakpoint
CREATE INDEX "materials_library_title_idx" ON "materials" USING btree ("region_id","title","id") WHERE "materials"."target_kind" = 'library';--> statement-breakpoint
CREATE INDEX "materials_search_idx" ON "materials" USING gin ("search_vector");