ALTER TABLE `documents` ADD `withheld_reason` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `withheld_at` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `withheld_by` integer REFERENCES users(id);--> statement-breakpoint
CREATE INDEX `documents_withheld_by_staff` ON `documents` (`id`) WHERE withheld_reason is not null;--> statement-breakpoint
-- Withholding a document changes what its request's public view lists: move the request's revision.
CREATE TRIGGER `documents_withheld_revision_au` AFTER UPDATE OF withheld_reason ON `documents` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = new.request_id;
END;
