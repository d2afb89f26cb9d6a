ALTER TABLE `outbox` ADD `claimed_until` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `recovered` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `finished_at` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `outcome` text;--> statement-breakpoint
ALTER TABLE `outbox` ADD `failure` text;--> statement-breakpoint
CREATE INDEX `outbox_unfinished` ON `outbox` (`finished_at`,`dispatched_at`);--> statement-breakpoint
CREATE INDEX `documents_sha` ON `documents` (`sha256`);--> statement-breakpoint
-- Rows handed over before the journal existed: their jobs ran under the old worker, whose end was
-- not recorded. Counted as done, so that the reconciler does not run them again.
UPDATE `outbox` SET `finished_at` = `dispatched_at`, `outcome` = 'done' WHERE `dispatched_at` IS NOT NULL;
