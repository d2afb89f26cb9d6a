CREATE TABLE `document_pages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`page` integer NOT NULL,
	`text` text NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_pages_doc_page` ON `document_pages` (`document_id`,`page`);--> statement-breakpoint
CREATE TABLE `document_skips` (
	`document_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`document_id`, `user_id`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `document_tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`tag_id` integer NOT NULL,
	`page` integer,
	`note` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`removed_by` integer,
	`removed_at` text,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tag_id`) REFERENCES `tags`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`removed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `document_tags_document` ON `document_tags` (`document_id`,`removed_at`);--> statement-breakpoint
CREATE INDEX `document_tags_tag` ON `document_tags` (`tag_id`,`removed_at`);--> statement-breakpoint
CREATE TABLE `inbound_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`from_address` text,
	`to_addresses` text NOT NULL,
	`subject` text,
	`message_id` text,
	`sent_at` text,
	`received_at` text NOT NULL,
	`status` text NOT NULL,
	`matched_by` text,
	`request_id` integer,
	`document_id` integer,
	`assigned_by` integer,
	`assigned_at` text,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inbound_status` ON `inbound_messages` (`status`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `inbound_sha` ON `inbound_messages` (`sha256`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`user_id` integer NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL,
	`last_seen_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_token_hash_unique` ON `sessions` (`token_hash`);--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `tags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`category` text NOT NULL,
	`description` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tags_slug_unique` ON `tags` (`slug`);--> statement-breakpoint
CREATE INDEX `tags_category` ON `tags` (`category`,`slug`);--> statement-breakpoint
ALTER TABLE `api_tokens` ADD `scope` text DEFAULT 'api' NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `needs_ocr` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `depth` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `lease_user_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `documents` ADD `lease_until` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `reviewed_at` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `reviewed_by` integer REFERENCES users(id);--> statement-breakpoint
CREATE INDEX `documents_parent` ON `documents` (`parent_id`);--> statement-breakpoint
CREATE INDEX `documents_queue` ON `documents` (`status`,`reviewed_at`,`id`);--> statement-breakpoint
CREATE VIRTUAL TABLE `pages_fts` USING fts5(text, content='document_pages', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2', prefix='2 3');
--> statement-breakpoint
CREATE TRIGGER `pages_fts_ai` AFTER INSERT ON `document_pages` BEGIN
  INSERT INTO pages_fts(rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER `pages_fts_ad` AFTER DELETE ON `document_pages` BEGIN
  INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER `pages_fts_au` AFTER UPDATE OF text ON `document_pages` BEGIN
  INSERT INTO pages_fts(pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO pages_fts(rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
-- The seed vocabulary: surveillance vendors, document types and topics. Staff add more.
INSERT INTO `tags` (`name`, `slug`, `category`) VALUES
  ('Geofeedia','geofeedia','vendor'),
  ('Media Sonar','media sonar','vendor'),
  ('Snaptrends','snaptrends','vendor'),
  ('Babel Street','babel street','vendor'),
  ('Dataminr','dataminr','vendor'),
  ('ShadowDragon','shadowdragon','vendor'),
  ('Cobwebs Technologies','cobwebs technologies','vendor'),
  ('Voyager Labs','voyager labs','vendor'),
  ('Skopenow','skopenow','vendor'),
  ('Fivecast','fivecast','vendor'),
  ('Palantir','palantir','vendor'),
  ('Clearview AI','clearview ai','vendor'),
  ('Zignal Labs','zignal labs','vendor'),
  ('Social Sentinel','social sentinel','vendor'),
  ('Navigate360','navigate360','vendor'),
  ('PenLink','penlink','vendor'),
  ('Cellebrite','cellebrite','vendor'),
  ('Fusus','fusus','vendor'),
  ('LexisNexis','lexisnexis','vendor'),
  ('Thomson Reuters CLEAR','thomson reuters clear','vendor'),
  ('Giant Oak','giant oak','vendor'),
  ('Ontic','ontic','vendor'),
  ('Echosec','echosec','vendor'),
  ('Liferaft','liferaft','vendor'),
  ('X1 Social Discovery','x1 social discovery','vendor'),
  ('Contract','contract','document type'),
  ('Invoice','invoice','document type'),
  ('Purchase order','purchase order','document type'),
  ('Policy','policy','document type'),
  ('Training material','training material','document type'),
  ('E-mail','e-mail','document type'),
  ('Marketing','marketing','document type'),
  ('Meeting notes','meeting notes','document type'),
  ('Memorandum of understanding','memorandum of understanding','document type'),
  ('Grant','grant','document type'),
  ('Procurement record','procurement record','document type'),
  ('Report','report','document type'),
  ('Presentation','presentation','document type'),
  ('Search log','search log','document type'),
  ('Social media monitoring','social media monitoring','topic'),
  ('Protest monitoring','protest monitoring','topic'),
  ('Warrant avoidance','warrant avoidance','topic'),
  ('Sentiment analysis','sentiment analysis','topic'),
  ('Facial recognition','facial recognition','topic'),
  ('Undercover accounts','undercover accounts','topic'),
  ('Geofencing','geofencing','topic'),
  ('Keyword lists','keyword lists','topic'),
  ('Immigration enforcement','immigration enforcement','topic'),
  ('Data sharing','data sharing','topic'),
  ('Data retention','data retention','topic'),
  ('Budget','budget','topic'),
  ('Racial justice activists','racial justice activists','topic'),
  ('Journalists','journalists','topic'),
  ('Students and schools','students and schools','topic');
