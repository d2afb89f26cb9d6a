CREATE TABLE `document_ranges` (
	`document_id` integer NOT NULL,
	`first_page` integer NOT NULL,
	`last_page` integer NOT NULL,
	`done_to` integer,
	`finished_at` text,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`document_id`, `first_page`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
