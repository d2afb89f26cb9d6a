CREATE TABLE `messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`direction` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`message_id` text NOT NULL,
	`in_reply_to` text,
	`references` text DEFAULT '[]' NOT NULL,
	`from_address` text,
	`to_addresses` text DEFAULT '[]' NOT NULL,
	`cc_addresses` text DEFAULT '[]' NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`attachments` text DEFAULT '[]' NOT NULL,
	`eml_sha256` text,
	`error` text,
	`smtp_response` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`claimed_at` text,
	`sent_at` text,
	`series_key` text,
	`inbound_message_id` integer,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`inbound_message_id`) REFERENCES `inbound_messages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `messages_request` ON `messages` (`request_id`,`id`);--> statement-breakpoint
CREATE INDEX `messages_status` ON `messages` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `messages_message_id` ON `messages` (`message_id`);--> statement-breakpoint
CREATE INDEX `messages_eml` ON `messages` (`eml_sha256`);--> statement-breakpoint
CREATE UNIQUE INDEX `messages_series` ON `messages` (`request_id`,`series_key`);--> statement-breakpoint
ALTER TABLE `requests` ADD `follow_up_policy` text DEFAULT 'approve' NOT NULL;