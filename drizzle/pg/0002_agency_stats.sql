CREATE TABLE "agency_owing_counts" (
	"agency_id" integer NOT NULL,
	"shown" text NOT NULL,
	"next_due" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "agency_owing_counts_agency_id_shown_next_due_pk" PRIMARY KEY("agency_id","shown","next_due")
);
--> statement-breakpoint
CREATE TABLE "agency_request_counts" (
	"agency_id" integer NOT NULL,
	"shown" text NOT NULL,
	"filed" integer NOT NULL,
	"open" integer NOT NULL,
	"completed" integer NOT NULL,
	"on_time" integer NOT NULL,
	"timed" integer NOT NULL,
	"fulfilled" integer NOT NULL,
	"partial" integer NOT NULL,
	"denied" integer NOT NULL,
	"no_records" integer NOT NULL,
	CONSTRAINT "agency_request_counts_agency_id_shown_pk" PRIMARY KEY("agency_id","shown")
);
--> statement-breakpoint
CREATE TABLE "agency_response_days" (
	"agency_id" integer NOT NULL,
	"shown" text NOT NULL,
	"days" integer NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "agency_response_days_agency_id_shown_days_pk" PRIMARY KEY("agency_id","shown","days")
);
--> statement-breakpoint
-- Written by hand below: the backfill and the triggers of the SQLite migration agency_stats
-- (drizzle/sqlite/0024), in PL/pgSQL, with the same conditions (those of the agency's record in
-- src/agencies/service.ts: open, owing, answered, on time). SQLite's 0/1 truth values become
-- `(...)::int`, `IS` becomes `IS NOT DISTINCT FROM`, and `answered_on_time IS 1` becomes `IS TRUE`.
--
-- Who may see a request: 'public', 'private', or the date an embargo ends (an embargo without a
-- date never ends).
CREATE FUNCTION agency_stats_shown(visibility text, embargo_until text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN visibility = 'public' THEN 'public'
    WHEN visibility = 'embargoed' AND embargo_until IS NOT NULL THEN embargo_until ELSE 'private' END
$$;
--> statement-breakpoint
-- Backfill: each agency's sums over its requests other than drafts, by who may see them, the
-- requests in an owing status by next due date, and the answered by days taken.
INSERT INTO agency_request_counts (agency_id, shown, filed, open, completed, on_time, timed, fulfilled, partial, denied, no_records)
SELECT r.agency_id, agency_stats_shown(r.visibility, r.embargo_until), count(*),
  sum((r.status IN ('submitted', 'acknowledged', 'processing', 'awaiting_fee', 'awaiting_clarification', 'appealed'))::int),
  sum((r.outcome IS NOT NULL)::int), sum((r.answered_on_time IS TRUE)::int), sum((r.answered_on_time IS NOT NULL)::int),
  sum((r.outcome IS NOT DISTINCT FROM 'fulfilled')::int), sum((r.outcome IS NOT DISTINCT FROM 'partial')::int),
  sum((r.outcome IS NOT DISTINCT FROM 'denied')::int), sum((r.outcome IS NOT DISTINCT FROM 'no_records')::int)
FROM requests r WHERE r.status <> 'draft'
GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO agency_owing_counts (agency_id, shown, next_due, n)
SELECT r.agency_id, agency_stats_shown(r.visibility, r.embargo_until), r.next_due, count(*)
FROM requests r WHERE r.status IN ('submitted', 'acknowledged', 'processing', 'appealed') AND r.next_due IS NOT NULL
GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO agency_response_days (agency_id, shown, days, n)
SELECT r.agency_id, agency_stats_shown(r.visibility, r.embargo_until), r.response_days, count(*)
FROM requests r WHERE r.status <> 'draft' AND r.response_days IS NOT NULL
GROUP BY 1, 2, 3;
--> statement-breakpoint
-- Each function is the body of three SQLite triggers (_ai, _ad, _au): on delete and update the old
-- row is taken away where it was counted and a sum left at zero is dropped (as SQLite does, whether
-- or not the old row was counted); on insert and update the new row is added where it counts.
CREATE FUNCTION agency_request_counts_requests() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE agency_request_counts SET filed = filed - 1,
      open = open - (OLD.status IN ('submitted', 'acknowledged', 'processing', 'awaiting_fee', 'awaiting_clarification', 'appealed'))::int,
      completed = completed - (OLD.outcome IS NOT NULL)::int, on_time = on_time - (OLD.answered_on_time IS TRUE)::int,
      timed = timed - (OLD.answered_on_time IS NOT NULL)::int,
      fulfilled = fulfilled - (OLD.outcome IS NOT DISTINCT FROM 'fulfilled')::int,
      partial = partial - (OLD.outcome IS NOT DISTINCT FROM 'partial')::int,
      denied = denied - (OLD.outcome IS NOT DISTINCT FROM 'denied')::int,
      no_records = no_records - (OLD.outcome IS NOT DISTINCT FROM 'no_records')::int
      WHERE agency_id = OLD.agency_id AND shown = agency_stats_shown(OLD.visibility, OLD.embargo_until)
        AND OLD.status <> 'draft';
    DELETE FROM agency_request_counts
      WHERE agency_id = OLD.agency_id AND shown = agency_stats_shown(OLD.visibility, OLD.embargo_until) AND filed = 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status <> 'draft' THEN
    INSERT INTO agency_request_counts AS c (agency_id, shown, filed, open, completed, on_time, timed, fulfilled, partial, denied, no_records)
      VALUES (NEW.agency_id, agency_stats_shown(NEW.visibility, NEW.embargo_until), 1,
        (NEW.status IN ('submitted', 'acknowledged', 'processing', 'awaiting_fee', 'awaiting_clarification', 'appealed'))::int,
        (NEW.outcome IS NOT NULL)::int, (NEW.answered_on_time IS TRUE)::int, (NEW.answered_on_time IS NOT NULL)::int,
        (NEW.outcome IS NOT DISTINCT FROM 'fulfilled')::int, (NEW.outcome IS NOT DISTINCT FROM 'partial')::int,
        (NEW.outcome IS NOT DISTINCT FROM 'denied')::int, (NEW.outcome IS NOT DISTINCT FROM 'no_records')::int)
      ON CONFLICT (agency_id, shown) DO UPDATE SET filed = c.filed + excluded.filed, open = c.open + excluded.open,
        completed = c.completed + excluded.completed, on_time = c.on_time + excluded.on_time, timed = c.timed + excluded.timed,
        fulfilled = c.fulfilled + excluded.fulfilled, partial = c.partial + excluded.partial, denied = c.denied + excluded.denied,
        no_records = c.no_records + excluded.no_records;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER agency_request_counts_ai AFTER INSERT ON requests
  FOR EACH ROW WHEN (NEW.status <> 'draft') EXECUTE FUNCTION agency_request_counts_requests();
--> statement-breakpoint
CREATE TRIGGER agency_request_counts_ad AFTER DELETE ON requests
  FOR EACH ROW WHEN (OLD.status <> 'draft') EXECUTE FUNCTION agency_request_counts_requests();
--> statement-breakpoint
CREATE TRIGGER agency_request_counts_au AFTER UPDATE OF agency_id, status, visibility, embargo_until, outcome, answered_on_time ON requests
  FOR EACH ROW
  WHEN (OLD.agency_id IS DISTINCT FROM NEW.agency_id
    OR OLD.status IS DISTINCT FROM NEW.status
    OR OLD.visibility IS DISTINCT FROM NEW.visibility
    OR OLD.embargo_until IS DISTINCT FROM NEW.embargo_until
    OR OLD.outcome IS DISTINCT FROM NEW.outcome
    OR OLD.answered_on_time IS DISTINCT FROM NEW.answered_on_time)
  EXECUTE FUNCTION agency_request_counts_requests();
--> statement-breakpoint
CREATE FUNCTION agency_owing_counts_requests() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE agency_owing_counts SET n = n - 1
      WHERE agency_id = OLD.agency_id AND shown = agency_stats_shown(OLD.visibility, OLD.embargo_until)
        AND next_due = OLD.next_due
        AND OLD.status IN ('submitted', 'acknowledged', 'processing', 'appealed') AND OLD.next_due IS NOT NULL;
    DELETE FROM agency_owing_counts
      WHERE agency_id = OLD.agency_id AND shown = agency_stats_shown(OLD.visibility, OLD.embargo_until)
        AND next_due = OLD.next_due AND n = 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE')
    AND NEW.status IN ('submitted', 'acknowledged', 'processing', 'appealed') AND NEW.next_due IS NOT NULL THEN
    INSERT INTO agency_owing_counts AS c (agency_id, shown, next_due, n)
      VALUES (NEW.agency_id, agency_stats_shown(NEW.visibility, NEW.embargo_until), NEW.next_due, 1)
      ON CONFLICT (agency_id, shown, next_due) DO UPDATE SET n = c.n + 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER agency_owing_counts_ai AFTER INSERT ON requests
  FOR EACH ROW
  WHEN (NEW.status IN ('submitted', 'acknowledged', 'processing', 'appealed') AND NEW.next_due IS NOT NULL)
  EXECUTE FUNCTION agency_owing_counts_requests();
--> statement-breakpoint
CREATE TRIGGER agency_owing_counts_ad AFTER DELETE ON requests
  FOR EACH ROW
  WHEN (OLD.status IN ('submitted', 'acknowledged', 'processing', 'appealed') AND OLD.next_due IS NOT NULL)
  EXECUTE FUNCTION agency_owing_counts_requests();
--> statement-breakpoint
CREATE TRIGGER agency_owing_counts_au AFTER UPDATE OF agency_id, status, visibility, embargo_until, next_due ON requests
  FOR EACH ROW
  WHEN (OLD.agency_id IS DISTINCT FROM NEW.agency_id
    OR OLD.status IS DISTINCT FROM NEW.status
    OR OLD.visibility IS DISTINCT FROM NEW.visibility
    OR OLD.embargo_until IS DISTINCT FROM NEW.embargo_until
    OR OLD.next_due IS DISTINCT FROM NEW.next_due)
  EXECUTE FUNCTION agency_owing_counts_requests();
--> statement-breakpoint
CREATE FUNCTION agency_response_days_requests() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE agency_response_days SET n = n - 1
      WHERE agency_id = OLD.agency_id AND shown = agency_stats_shown(OLD.visibility, OLD.embargo_until)
        AND days = OLD.response_days AND OLD.status <> 'draft' AND OLD.response_days IS NOT NULL;
    DELETE FROM agency_response_days
      WHERE agency_id = OLD.agency_id AND shown = agency_stats_shown(OLD.visibility, OLD.embargo_until)
        AND days = OLD.response_days AND n = 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status <> 'draft' AND NEW.response_days IS NOT NULL THEN
    INSERT INTO agency_response_days AS c (agency_id, shown, days, n)
      VALUES (NEW.agency_id, agency_stats_shown(NEW.visibility, NEW.embargo_until), NEW.response_days, 1)
      ON CONFLICT (agency_id, shown, days) DO UPDATE SET n = c.n + 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER agency_response_days_ai AFTER INSERT ON requests
  FOR EACH ROW WHEN (NEW.status <> 'draft' AND NEW.response_days IS NOT NULL)
  EXECUTE FUNCTION agency_response_days_requests();
--> statement-breakpoint
CREATE TRIGGER agency_response_days_ad AFTER DELETE ON requests
  FOR EACH ROW WHEN (OLD.status <> 'draft' AND OLD.response_days IS NOT NULL)
  EXECUTE FUNCTION agency_response_days_requests();
--> statement-breakpoint
CREATE TRIGGER agency_response_days_au AFTER UPDATE OF agency_id, status, visibility, embargo_until, response_days ON requests
  FOR EACH ROW
  WHEN (OLD.agency_id IS DISTINCT FROM NEW.agency_id
    OR OLD.status IS DISTINCT FROM NEW.status
    OR OLD.visibility IS DISTINCT FROM NEW.visibility
    OR OLD.embargo_until IS DISTINCT FROM NEW.embargo_until
    OR OLD.response_days IS DISTINCT FROM NEW.response_days)
  EXECUTE FUNCTION agency_response_days_requests();
