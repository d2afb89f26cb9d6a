CREATE TABLE `document_page_images` (
	`document_id` integer NOT NULL,
	`page` integer NOT NULL,
	`version` integer NOT NULL,
	`sha256` text,
	`width` integer,
	`height` integer,
	`error` text,
	`hidden_text` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`document_id`, `page`, `version`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `document_page_images_sha` ON `document_page_images` (`sha256`);--> statement-breakpoint
CREATE TABLE `document_redacted_pages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`page` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_redacted_pages_doc_page` ON `document_redacted_pages` (`document_id`,`page`);--> statement-breakpoint
CREATE TABLE `redactions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`kind` text NOT NULL,
	`page` integer,
	`x` real,
	`y` real,
	`width` real,
	`height` real,
	`pattern` text,
	`case_sensitive` integer DEFAULT false NOT NULL,
	`reason` text NOT NULL,
	`source` text DEFAULT 'staff' NOT NULL,
	`version` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`removed_by` integer,
	`removed_at` text,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`removed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `redactions_document` ON `redactions` (`document_id`,`removed_at`);--> statement-breakpoint
CREATE INDEX `redactions_active` ON `redactions` (`document_id`) WHERE removed_at is null;--> statement-breakpoint
ALTER TABLE `documents` ADD `redacted_sha256` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `redacted_size` integer;--> statement-breakpoint
ALTER TABLE `documents` ADD `redaction_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `redaction_target` integer;--> statement-breakpoint
ALTER TABLE `documents` ADD `redaction_error` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `redacted_at` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `redacted_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `documents` ADD `hidden_text_check` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `bad_redactions` text;--> statement-breakpoint
CREATE INDEX `documents_redacted_sha` ON `documents` (`redacted_sha256`);--> statement-breakpoint
CREATE INDEX `documents_withheld` ON `documents` (`hidden_text_check`) WHERE hidden_text_check in ('pending', 'flagged');--> statement-breakpoint
CREATE VIRTUAL TABLE `redacted_pages_fts` USING fts5(text, content='document_redacted_pages', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2', prefix='2 3');
--> statement-breakpoint
CREATE TRIGGER `redacted_pages_fts_ai` AFTER INSERT ON `document_redacted_pages` BEGIN
  INSERT INTO redacted_pages_fts(rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `redacted_pages_fts_ad` AFTER DELETE ON `document_redacted_pages` BEGIN
  INSERT INTO redacted_pages_fts(redacted_pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `redacted_pages_fts_au` AFTER UPDATE OF text ON `document_redacted_pages` BEGIN
  INSERT INTO redacted_pages_fts(redacted_pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO redacted_pages_fts(rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
-- A request's public view lists its documents that are not withheld (src/documents/publication.ts):
-- its revision (the key of cached views) moves when that can change.
CREATE TRIGGER `documents_redaction_revision_au` AFTER UPDATE OF redaction_version, redacted_sha256, hidden_text_check ON `documents` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = new.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `redactions_revision_ai` AFTER INSERT ON `redactions` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = (SELECT request_id FROM documents WHERE id = new.document_id);
END;
--> statement-breakpoint
CREATE TRIGGER `redactions_revision_au` AFTER UPDATE ON `redactions` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = (SELECT request_id FROM documents WHERE id = new.document_id);
END;
