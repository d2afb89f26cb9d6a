CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`parent_id` integer,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`name` text NOT NULL,
	`declared_type` text,
	`sniffed_type` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`error` text,
	`pages` integer,
	`pages_done` integer,
	`text_source` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_request_sha` ON `documents` (`request_id`,`sha256`,`parent_id`);--> statement-breakpoint
CREATE INDEX `documents_status` ON `documents` (`status`,`id`);