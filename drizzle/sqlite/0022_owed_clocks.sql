CREATE TABLE `owed_clock_counts` (
	`jurisdiction` text NOT NULL,
	`due` text NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`jurisdiction`, `due`)
);
--> statement-breakpoint
ALTER TABLE `deadlines` ADD `jurisdiction` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `deadlines` ADD `late_key` integer;--> statement-breakpoint
CREATE INDEX `deadlines_owed_late` ON `deadlines` (`jurisdiction`,`unit`,`late_key`,`request_id`) WHERE status = 'open' and due is not null and kind in ('acknowledgment', 'response', 'extended_response', 'appeal_response', 'expedited_decision');--> statement-breakpoint
CREATE INDEX `deadlines_owed_due` ON `deadlines` (`jurisdiction`,`due`,`request_id`) WHERE status = 'open' and due is not null and kind in ('acknowledgment', 'response', 'extended_response', 'appeal_response', 'expedited_decision');--> statement-breakpoint
CREATE INDEX `requests_completed` ON `requests` (`completed_on`,`id`);--> statement-breakpoint
-- drizzle-kit's writer splits an index expression at its comma; corrected by hand (the snapshot holds
-- the right expression). The order of lists by next due date.
CREATE INDEX `requests_due_order` ON `requests` (coalesce("next_due", '9999-12-31'),`id`);--> statement-breakpoint
-- Hand-written below (self-contained: it needs only the tables above and clock_late_key(), which
-- openDb registers from src/requests/clocks.ts, as it registers tag_slug()).
-- Backfill: each clock's jurisdiction and late key, then the counts of owed clocks per due date.
UPDATE `deadlines` SET `jurisdiction` = coalesce((SELECT a.jurisdiction FROM requests r JOIN agencies a ON a.id = r.agency_id WHERE r.id = deadlines.request_id), '');
--> statement-breakpoint
UPDATE `deadlines` SET `late_key` = clock_late_key(`jurisdiction`, `unit`, `due`) WHERE `due` IS NOT NULL;
--> statement-breakpoint
INSERT INTO `owed_clock_counts` (jurisdiction, due, n)
SELECT d.jurisdiction, d.due, count(*) FROM deadlines d JOIN requests r ON r.id = d.request_id
WHERE d.status = 'open' AND d.due IS NOT NULL
  AND d.kind IN ('acknowledgment', 'response', 'extended_response', 'appeal_response', 'expedited_decision')
  AND r.status IN ('submitted', 'acknowledged', 'processing', 'appealed')
GROUP BY d.jurisdiction, d.due;
--> statement-breakpoint
-- The counts follow every change: a clock counts while it is open, has a due date, is one the agency
-- owes, and its request is in an owing status (the dashboard's own conditions).
CREATE TRIGGER `owed_clock_counts_ai` AFTER INSERT ON `deadlines`
WHEN new.status = 'open' AND new.due IS NOT NULL
  AND new.kind IN ('acknowledgment', 'response', 'extended_response', 'appeal_response', 'expedited_decision')
  AND (SELECT status FROM requests WHERE id = new.request_id) IN ('submitted', 'acknowledged', 'processing', 'appealed')
BEGIN
  INSERT INTO owed_clock_counts (jurisdiction, due, n) VALUES (new.jurisdiction, new.due, 1)
    ON CONFLICT (jurisdiction, due) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `owed_clock_counts_ad` AFTER DELETE ON `deadlines`
WHEN old.status = 'open' AND old.due IS NOT NULL
  AND old.kind IN ('acknowledgment', 'response', 'extended_response', 'appeal_response', 'expedited_decision')
  AND (SELECT status FROM requests WHERE id = old.request_id) IN ('submitted', 'acknowledged', 'processing', 'appealed')
BEGIN
  UPDATE owed_clock_counts SET n = n - 1 WHERE jurisdiction = old.jurisdiction AND due = old.due;
  DELETE FROM owed_clock_counts WHERE jurisdiction = old.jurisdiction AND due = old.due AND n = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `owed_clock_counts_au` AFTER UPDATE OF status, due, kind, jurisdiction, request_id ON `deadlines`
BEGIN
  UPDATE owed_clock_counts SET n = n - 1 WHERE jurisdiction = old.jurisdiction AND due = old.due
    AND old.status = 'open' AND old.due IS NOT NULL
    AND old.kind IN ('acknowledgment', 'response', 'extended_response', 'appeal_response', 'expedited_decision')
    AND (SELECT status FROM requests WHERE id = old.request_id) IN ('submitted', 'acknowledged', 'processing', 'appealed');
  DELETE FROM owed_clock_counts WHERE jurisdiction = old.jurisdiction AND due = old.due AND n = 0;
  INSERT INTO owed_clock_counts (jurisdiction, due, n) SELECT new.jurisdiction, new.due, 1
    WHERE new.status = 'open' AND new.due IS NOT NULL
      AND new.kind IN ('acknowledgment', 'response', 'extended_response', 'appeal_response', 'expedited_decision')
      AND (SELECT status FROM requests WHERE id = new.request_id) IN ('submitted', 'acknowledged', 'processing', 'appealed')
    ON CONFLICT (jurisdiction, due) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `owed_clock_counts_request_status` AFTER UPDATE OF status ON `requests`
WHEN (old.status IN ('submitted', 'acknowledged', 'processing', 'appealed'))
  <> (new.status IN ('submitted', 'acknowledged', 'processing', 'appealed'))
BEGIN
  INSERT INTO owed_clock_counts (jurisdiction, due, n)
    SELECT d.jurisdiction, d.due,
      CASE WHEN new.status IN ('submitted', 'acknowledged', 'processing', 'appealed') THEN count(*) ELSE -count(*) END
    FROM deadlines d
    WHERE d.request_id = new.id AND d.status = 'open' AND d.due IS NOT NULL
      AND d.kind IN ('acknowledgment', 'response', 'extended_response', 'appeal_response', 'expedited_decision')
    GROUP BY d.jurisdiction, d.due
    ON CONFLICT (jurisdiction, due) DO UPDATE SET n = n + excluded.n;
  DELETE FROM owed_clock_counts WHERE n = 0
    AND (jurisdiction, due) IN (SELECT d.jurisdiction, d.due FROM deadlines d WHERE d.request_id = new.id);
END;
