CREATE TABLE `campaigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`letter_template_id` integer,
	`tags` text DEFAULT '[]' NOT NULL,
	`visibility` text DEFAULT 'private' NOT NULL,
	`embargo_until` text,
	`follow_up_policy` text DEFAULT 'approve' NOT NULL,
	`owner_id` integer,
	`send_per_minute` integer DEFAULT 30 NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `messages` ADD `not_before` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `not_before` text;--> statement-breakpoint
ALTER TABLE `requests` ADD `campaign_id` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `requests_campaign_agency` ON `requests` (`campaign_id`,`agency_id`) WHERE "requests"."campaign_id" is not null;