CREATE TABLE `rule_versions` (
	`jurisdiction` text PRIMARY KEY NOT NULL,
	`fingerprint` text NOT NULL,
	`updated_at` text NOT NULL
);
