-- The revision of a request is the key of its cached views (src/requests/service.ts readRequest).
-- It moves here, in one place, on every write to the request or to what its view shows: its own
-- columns, tags, timeline, clocks, documents (name and status) and reminders (status and error).
CREATE TRIGGER `requests_revision_self` AFTER UPDATE ON `requests` WHEN new.revision = old.revision BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `request_tags_revision_ai` AFTER INSERT ON `request_tags` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = new.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `request_tags_revision_au` AFTER UPDATE ON `request_tags` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = new.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `request_tags_revision_ad` AFTER DELETE ON `request_tags` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = old.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `request_events_revision_ai` AFTER INSERT ON `request_events` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = new.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `request_events_revision_au` AFTER UPDATE ON `request_events` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = new.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `request_events_revision_ad` AFTER DELETE ON `request_events` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = old.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `deadlines_revision_ai` AFTER INSERT ON `deadlines` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = new.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `deadlines_revision_au` AFTER UPDATE ON `deadlines` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = new.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `deadlines_revision_ad` AFTER DELETE ON `deadlines` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = old.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `documents_revision_ai` AFTER INSERT ON `documents` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = new.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `documents_revision_au` AFTER UPDATE OF status, name, request_id ON `documents` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = new.request_id;
  UPDATE requests SET revision = revision + 1 WHERE id = old.request_id AND old.request_id <> new.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `documents_revision_ad` AFTER DELETE ON `documents` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = old.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `reminders_revision_ai` AFTER INSERT ON `reminders` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = new.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `reminders_revision_au` AFTER UPDATE OF status, last_error ON `reminders` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = new.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `reminders_revision_ad` AFTER DELETE ON `reminders` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = old.request_id;
END;
