CREATE TABLE `agency_owing_counts` (
	`agency_id` integer NOT NULL,
	`shown` text NOT NULL,
	`next_due` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`agency_id`, `shown`, `next_due`)
);
--> statement-breakpoint
CREATE TABLE `agency_request_counts` (
	`agency_id` integer NOT NULL,
	`shown` text NOT NULL,
	`filed` integer NOT NULL,
	`open` integer NOT NULL,
	`completed` integer NOT NULL,
	`on_time` integer NOT NULL,
	`timed` integer NOT NULL,
	`fulfilled` integer NOT NULL,
	`partial` integer NOT NULL,
	`denied` integer NOT NULL,
	`no_records` integer NOT NULL,
	PRIMARY KEY(`agency_id`, `shown`)
);
--> statement-breakpoint
CREATE TABLE `agency_response_days` (
	`agency_id` integer NOT NULL,
	`shown` text NOT NULL,
	`days` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`agency_id`, `shown`, `days`)
);--> statement-breakpoint
-- Hand-written below. Backfill: each agency's sums over its requests other than drafts, by who may
-- see them (`shown`: 'public', 'private', or the date an embargo ends; an embargo without a date
-- never ends), the requests in an owing status by next due date, and the answered by days taken.
INSERT INTO `agency_request_counts` (agency_id, shown, filed, open, completed, on_time, timed, fulfilled, partial, denied, no_records)
SELECT r.agency_id, CASE WHEN r.visibility = 'public' THEN 'public' WHEN r.visibility = 'embargoed' AND r.embargo_until IS NOT NULL THEN r.embargo_until ELSE 'private' END, count(*), sum(status IN ('submitted', 'acknowledged', 'processing', 'awaiting_fee', 'awaiting_clarification', 'appealed')), sum(outcome IS NOT NULL), sum(answered_on_time IS 1), sum(answered_on_time IS NOT NULL), sum(outcome IS 'fulfilled'), sum(outcome IS 'partial'), sum(outcome IS 'denied'), sum(outcome IS 'no_records')
FROM requests r WHERE r.status <> 'draft'
GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO `agency_owing_counts` (agency_id, shown, next_due, n)
SELECT r.agency_id, CASE WHEN r.visibility = 'public' THEN 'public' WHEN r.visibility = 'embargoed' AND r.embargo_until IS NOT NULL THEN r.embargo_until ELSE 'private' END, r.next_due, count(*)
FROM requests r WHERE r.status IN ('submitted', 'acknowledged', 'processing', 'appealed') AND r.next_due IS NOT NULL
GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO `agency_response_days` (agency_id, shown, days, n)
SELECT r.agency_id, CASE WHEN r.visibility = 'public' THEN 'public' WHEN r.visibility = 'embargoed' AND r.embargo_until IS NOT NULL THEN r.embargo_until ELSE 'private' END, r.response_days, count(*)
FROM requests r WHERE r.status <> 'draft' AND r.response_days IS NOT NULL
GROUP BY 1, 2, 3;
--> statement-breakpoint
-- The sums follow every change to a request (the conditions are those of the agency's record in
-- src/agencies/service.ts: open, owing, answered, on time).
CREATE TRIGGER `agency_request_counts_ai` AFTER INSERT ON `requests`
WHEN new.status <> 'draft'
BEGIN
  INSERT INTO agency_request_counts (agency_id, shown, filed, open, completed, on_time, timed, fulfilled, partial, denied, no_records)
    VALUES (new.agency_id, CASE WHEN new.visibility = 'public' THEN 'public' WHEN new.visibility = 'embargoed' AND new.embargo_until IS NOT NULL THEN new.embargo_until ELSE 'private' END, 1, new.status IN ('submitted', 'acknowledged', 'processing', 'awaiting_fee', 'awaiting_clarification', 'appealed'), new.outcome IS NOT NULL, new.answered_on_time IS 1, new.answered_on_time IS NOT NULL, new.outcome IS 'fulfilled', new.outcome IS 'partial', new.outcome IS 'denied', new.outcome IS 'no_records')
    ON CONFLICT (agency_id, shown) DO UPDATE SET filed = filed + excluded.filed, open = open + excluded.open,
    completed = completed + excluded.completed, on_time = on_time + excluded.on_time, timed = timed + excluded.timed,
    fulfilled = fulfilled + excluded.fulfilled, partial = partial + excluded.partial, denied = denied + excluded.denied,
    no_records = no_records + excluded.no_records;
END;
--> statement-breakpoint
CREATE TRIGGER `agency_request_counts_ad` AFTER DELETE ON `requests`
WHEN old.status <> 'draft'
BEGIN
  UPDATE agency_request_counts SET filed = filed - 1, open = open - (old.status IN ('submitted', 'acknowledged', 'processing', 'awaiting_fee', 'awaiting_clarification', 'appealed')),
    completed = completed - (old.outcome IS NOT NULL), on_time = on_time - (old.answered_on_time IS 1),
    timed = timed - (old.answered_on_time IS NOT NULL), fulfilled = fulfilled - (old.outcome IS 'fulfilled'),
    partial = partial - (old.outcome IS 'partial'), denied = denied - (old.outcome IS 'denied'),
    no_records = no_records - (old.outcome IS 'no_records')
    WHERE agency_id = old.agency_id AND shown = CASE WHEN old.visibility = 'public' THEN 'public' WHEN old.visibility = 'embargoed' AND old.embargo_until IS NOT NULL THEN old.embargo_until ELSE 'private' END;
  DELETE FROM agency_request_counts WHERE agency_id = old.agency_id AND shown = CASE WHEN old.visibility = 'public' THEN 'public' WHEN old.visibility = 'embargoed' AND old.embargo_until IS NOT NULL THEN old.embargo_until ELSE 'private' END AND filed = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `agency_request_counts_au` AFTER UPDATE OF agency_id, status, visibility, embargo_until, outcome, answered_on_time ON `requests`
WHEN old.agency_id IS NOT new.agency_id
  OR old.status IS NOT new.status
  OR old.visibility IS NOT new.visibility
  OR old.embargo_until IS NOT new.embargo_until
  OR old.outcome IS NOT new.outcome
  OR old.answered_on_time IS NOT new.answered_on_time
BEGIN
  UPDATE agency_request_counts SET filed = filed - 1, open = open - (old.status IN ('submitted', 'acknowledged', 'processing', 'awaiting_fee', 'awaiting_clarification', 'appealed')),
    completed = completed - (old.outcome IS NOT NULL), on_time = on_time - (old.answered_on_time IS 1),
    timed = timed - (old.answered_on_time IS NOT NULL), fulfilled = fulfilled - (old.outcome IS 'fulfilled'),
    partial = partial - (old.outcome IS 'partial'), denied = denied - (old.outcome IS 'denied'),
    no_records = no_records - (old.outcome IS 'no_records')
    WHERE agency_id = old.agency_id AND shown = CASE WHEN old.visibility = 'public' THEN 'public' WHEN old.visibility = 'embargoed' AND old.embargo_until IS NOT NULL THEN old.embargo_until ELSE 'private' END AND old.status <> 'draft';
  DELETE FROM agency_request_counts WHERE agency_id = old.agency_id AND shown = CASE WHEN old.visibility = 'public' THEN 'public' WHEN old.visibility = 'embargoed' AND old.embargo_until IS NOT NULL THEN old.embargo_until ELSE 'private' END AND filed = 0;
  INSERT INTO agency_request_counts (agency_id, shown, filed, open, completed, on_time, timed, fulfilled, partial, denied, no_records)
    SELECT new.agency_id, CASE WHEN new.visibility = 'public' THEN 'public' WHEN new.visibility = 'embargoed' AND new.embargo_until IS NOT NULL THEN new.embargo_until ELSE 'private' END, 1, new.status IN ('submitted', 'acknowledged', 'processing', 'awaiting_fee', 'awaiting_clarification', 'appealed'), new.outcome IS NOT NULL, new.answered_on_time IS 1, new.answered_on_time IS NOT NULL, new.outcome IS 'fulfilled', new.outcome IS 'partial', new.outcome IS 'denied', new.outcome IS 'no_records'
    WHERE new.status <> 'draft'
    ON CONFLICT (agency_id, shown) DO UPDATE SET filed = filed + excluded.filed, open = open + excluded.open,
    completed = completed + excluded.completed, on_time = on_time + excluded.on_time, timed = timed + excluded.timed,
    fulfilled = fulfilled + excluded.fulfilled, partial = partial + excluded.partial, denied = denied + excluded.denied,
    no_records = no_records + excluded.no_records;
END;
--> statement-breakpoint
CREATE TRIGGER `agency_owing_counts_ai` AFTER INSERT ON `requests`
WHEN new.status IN ('submitted', 'acknowledged', 'processing', 'appealed') AND new.next_due IS NOT NULL
BEGIN
  INSERT INTO agency_owing_counts (agency_id, shown, next_due, n) VALUES (new.agency_id, CASE WHEN new.visibility = 'public' THEN 'public' WHEN new.visibility = 'embargoed' AND new.embargo_until IS NOT NULL THEN new.embargo_until ELSE 'private' END, new.next_due, 1)
    ON CONFLICT (agency_id, shown, next_due) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `agency_owing_counts_ad` AFTER DELETE ON `requests`
WHEN old.status IN ('submitted', 'acknowledged', 'processing', 'appealed') AND old.next_due IS NOT NULL
BEGIN
  UPDATE agency_owing_counts SET n = n - 1 WHERE agency_id = old.agency_id AND shown = CASE WHEN old.visibility = 'public' THEN 'public' WHEN old.visibility = 'embargoed' AND old.embargo_until IS NOT NULL THEN old.embargo_until ELSE 'private' END AND next_due = old.next_due;
  DELETE FROM agency_owing_counts WHERE agency_id = old.agency_id AND shown = CASE WHEN old.visibility = 'public' THEN 'public' WHEN old.visibility = 'embargoed' AND old.embargo_until IS NOT NULL THEN old.embargo_until ELSE 'private' END AND next_due = old.next_due AND n = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `agency_owing_counts_au` AFTER UPDATE OF agency_id, status, visibility, embargo_until, next_due ON `requests`
WHEN old.agency_id IS NOT new.agency_id
  OR old.status IS NOT new.status
  OR old.visibility IS NOT new.visibility
  OR old.embargo_until IS NOT new.embargo_until
  OR old.next_due IS NOT new.next_due
BEGIN
  UPDATE agency_owing_counts SET n = n - 1 WHERE agency_id = old.agency_id AND shown = CASE WHEN old.visibility = 'public' THEN 'public' WHEN old.visibility = 'embargoed' AND old.embargo_until IS NOT NULL THEN old.embargo_until ELSE 'private' END AND next_due = old.next_due AND old.status IN ('submitted', 'acknowledged', 'processing', 'appealed') AND old.next_due IS NOT NULL;
  DELETE FROM agency_owing_counts WHERE agency_id = old.agency_id AND shown = CASE WHEN old.visibility = 'public' THEN 'public' WHEN old.visibility = 'embargoed' AND old.embargo_until IS NOT NULL THEN old.embargo_until ELSE 'private' END AND next_due = old.next_due AND n = 0;
  INSERT INTO agency_owing_counts (agency_id, shown, next_due, n) SELECT new.agency_id, CASE WHEN new.visibility = 'public' THEN 'public' WHEN new.visibility = 'embargoed' AND new.embargo_until IS NOT NULL THEN new.embargo_until ELSE 'private' END, new.next_due, 1
    WHERE new.status IN ('submitted', 'acknowledged', 'processing', 'appealed') AND new.next_due IS NOT NULL
    ON CONFLICT (agency_id, shown, next_due) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `agency_response_days_ai` AFTER INSERT ON `requests`
WHEN new.status <> 'draft' AND new.response_days IS NOT NULL
BEGIN
  INSERT INTO agency_response_days (agency_id, shown, days, n) VALUES (new.agency_id, CASE WHEN new.visibility = 'public' THEN 'public' WHEN new.visibility = 'embargoed' AND new.embargo_until IS NOT NULL THEN new.embargo_until ELSE 'private' END, new.response_days, 1)
    ON CONFLICT (agency_id, shown, days) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `agency_response_days_ad` AFTER DELETE ON `requests`
WHEN old.status <> 'draft' AND old.response_days IS NOT NULL
BEGIN
  UPDATE agency_response_days SET n = n - 1 WHERE agency_id = old.agency_id AND shown = CASE WHEN old.visibility = 'public' THEN 'public' WHEN old.visibility = 'embargoed' AND old.embargo_until IS NOT NULL THEN old.embargo_until ELSE 'private' END AND days = old.response_days;
  DELETE FROM agency_response_days WHERE agency_id = old.agency_id AND shown = CASE WHEN old.visibility = 'public' THEN 'public' WHEN old.visibility = 'embargoed' AND old.embargo_until IS NOT NULL THEN old.embargo_until ELSE 'private' END AND days = old.response_days AND n = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `agency_response_days_au` AFTER UPDATE OF agency_id, status, visibility, embargo_until, response_days ON `requests`
WHEN old.agency_id IS NOT new.agency_id
  OR old.status IS NOT new.status
  OR old.visibility IS NOT new.visibility
  OR old.embargo_until IS NOT new.embargo_until
  OR old.response_days IS NOT new.response_days
BEGIN
  UPDATE agency_response_days SET n = n - 1 WHERE agency_id = old.agency_id AND shown = CASE WHEN old.visibility = 'public' THEN 'public' WHEN old.visibility = 'embargoed' AND old.embargo_until IS NOT NULL THEN old.embargo_until ELSE 'private' END AND days = old.response_days AND old.status <> 'draft' AND old.response_days IS NOT NULL;
  DELETE FROM agency_response_days WHERE agency_id = old.agency_id AND shown = CASE WHEN old.visibility = 'public' THEN 'public' WHEN old.visibility = 'embargoed' AND old.embargo_until IS NOT NULL THEN old.embargo_until ELSE 'private' END AND days = old.response_days AND n = 0;
  INSERT INTO agency_response_days (agency_id, shown, days, n) SELECT new.agency_id, CASE WHEN new.visibility = 'public' THEN 'public' WHEN new.visibility = 'embargoed' AND new.embargo_until IS NOT NULL THEN new.embargo_until ELSE 'private' END, new.response_days, 1
    WHERE new.status <> 'draft' AND new.response_days IS NOT NULL
    ON CONFLICT (agency_id, shown, days) DO UPDATE SET n = n + 1;
END;
