CREATE TABLE "allocation_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"class_id" uuid NOT NULL,
	"seats" integer NOT NULL,
	"preferences" uuid[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allocation_requests_seats_ck" CHECK ("allocation_requests"."seats" between 1 and 1000),
	CONSTRAINT "allocation_requests_preferences_ck" CHECK (cardinality("allocation_requests"."preferences") between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "allocation_results" (
	"region_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"drawn_session_id" uuid,
	"drawn_preference_rank" integer,
	"drawn_explanation" text NOT NULL,
	"session_id" uuid,
	"preference_rank" integer,
	"round_no" integer NOT NULL,
	"pick" integer NOT NULL,
	"explanation" text NOT NULL,
	"adjusted_by" uuid,
	"adjust_reason" text,
	"booking_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allocation_results_round_id_request_id_pk" PRIMARY KEY("round_id","request_id")
);
--> statement-breakpoint
CREATE TABLE "allocation_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"request_window_opens_at" timestamp with time zone NOT NULL,
	"request_window_closes_at" timestamp with time zone NOT NULL,
	"session_ids" uuid[] NOT NULL,
	"policy" jsonb NOT NULL,
	"seed_hash" text NOT NULL,
	"seed" text NOT NULL,
	"seed_revealed_at" timestamp with time zone,
	"run_input" jsonb,
	"school_order" jsonb,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allocation_rounds_window_ck" CHECK ("allocation_rounds"."request_window_closes_at" > "allocation_rounds"."request_window_opens_at"),
	CONSTRAINT "allocation_rounds_status_ck" CHECK ("allocation_rounds"."status" in ('open','run','published'))
);
--> statement-breakpoint
CREATE TABLE "fair_share_ledger" (
	"region_id" uuid NOT NULL,
	"school_id" uuid NOT NULL,
	"school_year" text NOT NULL,
	"shortfall" double precision DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_share_ledger_region_id_school_id_school_year_pk" PRIMARY KEY("region_id","school_id","school_year")
);
--> statement-breakpoint
ALTER TABLE "allocation_requests" ADD CONSTRAINT "allocation_requests_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_requests" ADD CONSTRAINT "allocation_requests_round_id_allocation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."allocation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_requests" ADD CONSTRAINT "allocation_requests_school_id_organisations_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_requests" ADD CONSTRAINT "allocation_requests_class_id_classes_id_fk" FOREIGN KEY ("class_id") REFERENCES "public"."classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_requests" ADD CONSTRAINT "allocation_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_results" ADD CONSTRAINT "allocation_results_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_results" ADD CONSTRAINT "allocation_results_round_id_allocation_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."allocation_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_results" ADD CONSTRAINT "allocation_results_request_id_allocation_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."allocation_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_results" ADD CONSTRAINT "allocation_results_drawn_session_id_sessions_id_fk" FOREIGN KEY ("drawn_session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_results" ADD CONSTRAINT "allocation_results_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_results" ADD CONSTRAINT "allocation_results_adjusted_by_users_id_fk" FOREIGN KEY ("adjusted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_results" ADD CONSTRAINT "allocation_results_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_rounds" ADD CONSTRAINT "allocation_rounds_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_rounds" ADD CONSTRAINT "allocation_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_share_ledger" ADD CONSTRAINT "fair_share_ledger_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_share_ledger" ADD CONSTRAINT "fair_share_ledger_school_id_organisations_id_fk" FOREIGN KEY ("school_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_requests_round_class_uq" ON "allocation_requests" USING btree ("round_id","class_id");--> statement-breakpoint
CREATE INDEX "allocation_requests_region_round_school_idx" ON "allocation_requests" USING btree ("region_id","round_id","school_id");--> statement-breakpoint
CREATE INDEX "allocation_results_region_round_idx" ON "allocation_results" USING btree ("region_id","round_id","pick");--> statement-breakpoint
CREATE INDEX "allocation_rounds_region_idx" ON "allocation_rounds" USING btree ("region_id","created_at");