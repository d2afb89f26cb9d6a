CREATE TABLE `letter_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`jurisdiction` text,
	`is_default` integer DEFAULT true NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `letter_templates_kind` ON `letter_templates` (`kind`,`jurisdiction`,`is_default`);--> statement-breakpoint
CREATE TABLE `request_tracking_numbers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`number` text NOT NULL,
	`added_at` text NOT NULL,
	`added_by` integer,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `request_tracking_numbers_once` ON `request_tracking_numbers` (`request_id`,`number`);--> statement-breakpoint
CREATE TABLE `requester_profiles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner` text NOT NULL,
	`user_id` integer,
	`name` text,
	`organisation` text,
	`postal_address` text,
	`phone` text,
	`email` text,
	`signature` text,
	`updated_at` text NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `requester_profiles_owner_unique` ON `requester_profiles` (`owner`);--> statement-breakpoint
ALTER TABLE `agencies` ADD `appeal_email` text;--> statement-breakpoint
ALTER TABLE `agencies` ADD `appeal_address` text;--> statement-breakpoint
ALTER TABLE `agencies` ADD `appeal_body` text;--> statement-breakpoint
ALTER TABLE `requests` ADD `letter_template_id` integer;--> statement-breakpoint
-- Every request's existing tracking number becomes the first of its list.
INSERT INTO `request_tracking_numbers` (`request_id`, `number`, `added_at`) SELECT `id`, `tracking_number`, `updated_at` FROM `requests` WHERE `tracking_number` IS NOT NULL AND trim(`tracking_number`) != '';
--> statement-breakpoint
-- A request's view lists its tracking numbers: they move its revision too (see 0013).
CREATE TRIGGER `request_tracking_numbers_revision_ai` AFTER INSERT ON `request_tracking_numbers` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = new.request_id;
END;
--> statement-breakpoint
CREATE TRIGGER `request_tracking_numbers_revision_ad` AFTER DELETE ON `request_tracking_numbers` BEGIN
  UPDATE requests SET revision = revision + 1 WHERE id = old.request_id;
END;
