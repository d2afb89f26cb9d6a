ALTER TABLE `documents` ADD `root_id` integer;--> statement-breakpoint
CREATE INDEX `documents_root` ON `documents` (`root_id`);--> statement-breakpoint
-- Existing zip members and attachments: their root, level by level from the top.
UPDATE `documents` SET `root_id` = (SELECT coalesce(p.`root_id`, p.`id`) FROM `documents` p WHERE p.`id` = `documents`.`parent_id`) WHERE `parent_id` IS NOT NULL AND `depth` = 1;--> statement-breakpoint
UPDATE `documents` SET `root_id` = (SELECT coalesce(p.`root_id`, p.`id`) FROM `documents` p WHERE p.`id` = `documents`.`parent_id`) WHERE `parent_id` IS NOT NULL AND `depth` = 2;--> statement-breakpoint
UPDATE `documents` SET `root_id` = (SELECT coalesce(p.`root_id`, p.`id`) FROM `documents` p WHERE p.`id` = `documents`.`parent_id`) WHERE `parent_id` IS NOT NULL AND `depth` = 3;--> statement-breakpoint
UPDATE `documents` SET `root_id` = (SELECT coalesce(p.`root_id`, p.`id`) FROM `documents` p WHERE p.`id` = `documents`.`parent_id`) WHERE `parent_id` IS NOT NULL AND `depth` = 4;--> statement-breakpoint
UPDATE `documents` SET `root_id` = (SELECT coalesce(p.`root_id`, p.`id`) FROM `documents` p WHERE p.`id` = `documents`.`parent_id`) WHERE `parent_id` IS NOT NULL AND `depth` = 5;--> statement-breakpoint
UPDATE `documents` SET `root_id` = (SELECT coalesce(p.`root_id`, p.`id`) FROM `documents` p WHERE p.`id` = `documents`.`parent_id`) WHERE `parent_id` IS NOT NULL AND `depth` = 6;--> statement-breakpoint
UPDATE `documents` SET `root_id` = (SELECT coalesce(p.`root_id`, p.`id`) FROM `documents` p WHERE p.`id` = `documents`.`parent_id`) WHERE `parent_id` IS NOT NULL AND `depth` = 7;--> statement-breakpoint
UPDATE `documents` SET `root_id` = (SELECT coalesce(p.`root_id`, p.`id`) FROM `documents` p WHERE p.`id` = `documents`.`parent_id`) WHERE `parent_id` IS NOT NULL AND `depth` = 8;--> statement-breakpoint
UPDATE `documents` SET `root_id` = (SELECT coalesce(p.`root_id`, p.`id`) FROM `documents` p WHERE p.`id` = `documents`.`parent_id`) WHERE `parent_id` IS NOT NULL AND `depth` = 9;--> statement-breakpoint
UPDATE `documents` SET `root_id` = (SELECT coalesce(p.`root_id`, p.`id`) FROM `documents` p WHERE p.`id` = `documents`.`parent_id`) WHERE `parent_id` IS NOT NULL AND `depth` = 10;
