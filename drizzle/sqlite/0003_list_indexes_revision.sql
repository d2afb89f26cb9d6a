DROP INDEX `requests_agency`;--> statement-breakpoint
ALTER TABLE `requests` ADD `revision` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `requests_agency_updated` ON `requests` (`agency_id`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `requests_agency_status_updated` ON `requests` (`agency_id`,`status`,`updated_at`,`id`);