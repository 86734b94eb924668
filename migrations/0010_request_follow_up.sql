CREATE TABLE "request_reminders" (
	"region_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "request_reminders" ADD CONSTRAINT "request_reminders_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_reminders" ADD CONSTRAINT "request_reminders_part_id_request_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."request_parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_reminders" ADD CONSTRAINT "request_reminders_company_id_organisations_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "request_reminders_part_company_uq" ON "request_reminders" USING btree ("part_id","company_id");--> statement-breakpoint
CREATE INDEX "request_reminders_company_idx" ON "request_reminders" USING btree ("region_id","company_id");