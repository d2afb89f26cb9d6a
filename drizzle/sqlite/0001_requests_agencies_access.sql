CREATE TABLE `agencies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`jurisdiction` text NOT NULL,
	`level` text NOT NULL,
	`parent_id` integer,
	`request_email` text,
	`portal_url` text,
	`postal_address` text,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agencies_jurisdiction_name` ON `agencies` (`jurisdiction`,`name`);--> statement-breakpoint
CREATE INDEX `agencies_name` ON `agencies` (`name`);--> statement-breakpoint
CREATE TABLE `agency_closures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agency_id` integer NOT NULL,
	`date` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agency_closures_agency_date` ON `agency_closures` (`agency_id`,`date`);--> statement-breakpoint
CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`prefix` text NOT NULL,
	`read_only` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`last_used_at` text,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_token_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_user` ON `api_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`before` text,
	`after` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_entity` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_user` ON `audit_log` (`user_id`);--> statement-breakpoint
CREATE TABLE `deadlines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`kind` text NOT NULL,
	`start_date` text,
	`due` text,
	`status` text NOT NULL,
	`met_on` text,
	`unit` text DEFAULT 'business' NOT NULL,
	`explanation` text NOT NULL,
	`computed_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deadlines_request_kind` ON `deadlines` (`request_id`,`kind`);--> statement-breakpoint
CREATE INDEX `deadlines_due` ON `deadlines` (`status`,`due`);--> statement-breakpoint
CREATE TABLE `request_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`type` text NOT NULL,
	`date` text NOT NULL,
	`note` text,
	`data` text DEFAULT '{}' NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `request_events_request` ON `request_events` (`request_id`,`date`,`id`);--> statement-breakpoint
CREATE TABLE `request_tags` (
	`request_id` integer NOT NULL,
	`tag` text NOT NULL,
	PRIMARY KEY(`request_id`, `tag`),
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `request_tags_tag` ON `request_tags` (`tag`);--> statement-breakpoint
CREATE TABLE `requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agency_id` integer NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`owner_id` integer,
	`tracking_number` text,
	`channel` text,
	`visibility` text DEFAULT 'private' NOT NULL,
	`embargo_until` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`received_on` text,
	`completed_on` text,
	`outcome` text,
	`response_days` integer,
	`answered_on_time` integer,
	`next_due` text,
	`version` integer DEFAULT 0 NOT NULL,
	`deadlines_version` integer DEFAULT 0 NOT NULL,
	`deadlines_computed_at` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `requests_agency` ON `requests` (`agency_id`);--> statement-breakpoint
CREATE INDEX `requests_status` ON `requests` (`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `requests_updated` ON `requests` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `requests_next_due` ON `requests` (`next_due`);--> statement-breakpoint
CREATE INDEX `requests_owner` ON `requests` (`owner_id`);--> statement-breakpoint
CREATE INDEX `requests_visibility` ON `requests` (`visibility`,`embargo_until`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text,
	`role` text NOT NULL,
	`password_hash` text,
	`reminder_lead_days` integer DEFAULT 3 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`disabled_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);