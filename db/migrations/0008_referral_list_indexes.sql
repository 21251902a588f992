ALTER TABLE `referrals` ADD `need_title` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `referrals` ADD `destination_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- The Doorverwijzingen table sorts on the need's title and the destination's name: copies kept
-- here by triggers (the app never writes them), so both sorts run through an index at 200,000
-- referrals instead of sorting every row through three joins.
UPDATE `referrals` SET
  `need_title` = coalesce((SELECT `title` FROM `needs` WHERE `needs`.`id` = `referrals`.`need_id`), ''),
  `destination_name` = coalesce(
    (SELECT `name` FROM `expertise_groups` WHERE `expertise_groups`.`id` = `referrals`.`expertise_group_id`),
    (SELECT `name` FROM `partners` WHERE `partners`.`id` = `referrals`.`partner_id`),
    (SELECT `name` FROM `colleges` WHERE `colleges`.`id` = `referrals`.`college_id`),
    '');--> statement-breakpoint
CREATE TRIGGER `referrals_sort_names_ai` AFTER INSERT ON `referrals` BEGIN
  UPDATE `referrals` SET
    `need_title` = coalesce((SELECT `title` FROM `needs` WHERE `id` = NEW.need_id), ''),
    `destination_name` = coalesce(
      (SELECT `name` FROM `expertise_groups` WHERE `id` = NEW.expertise_group_id),
      (SELECT `name` FROM `partners` WHERE `id` = NEW.partner_id),
      (SELECT `name` FROM `colleges` WHERE `id` = NEW.college_id),
      '')
  WHERE `id` = NEW.id;
END;--> statement-breakpoint
CREATE TRIGGER `referrals_sort_names_au` AFTER UPDATE OF need_id, expertise_group_id, partner_id, college_id ON `referrals` BEGIN
  UPDATE `referrals` SET
    `need_title` = coalesce((SELECT `title` FROM `needs` WHERE `id` = NEW.need_id), ''),
    `destination_name` = coalesce(
      (SELECT `name` FROM `expertise_groups` WHERE `id` = NEW.expertise_group_id),
      (SELECT `name` FROM `partners` WHERE `id` = NEW.partner_id),
      (SELECT `name` FROM `colleges` WHERE `id` = NEW.college_id),
      '')
  WHERE `id` = NEW.id;
END;--> statement-breakpoint
CREATE TRIGGER `referrals_need_title_au` AFTER UPDATE OF title ON `needs` BEGIN
  UPDATE `referrals` SET `need_title` = NEW.title WHERE `need_id` = NEW.id;
END;--> statement-breakpoint
CREATE TRIGGER `referrals_group_name_au` AFTER UPDATE OF name ON `expertise_groups` BEGIN
  UPDATE `referrals` SET `destination_name` = NEW.name WHERE `expertise_group_id` = NEW.id;
END;--> statement-breakpoint
CREATE TRIGGER `referrals_partner_name_au` AFTER UPDATE OF name ON `partners` BEGIN
  UPDATE `referrals` SET `destination_name` = NEW.name WHERE `partner_id` = NEW.id;
END;--> statement-breakpoint
CREATE TRIGGER `referrals_college_name_au` AFTER UPDATE OF name ON `colleges` BEGIN
  UPDATE `referrals` SET `destination_name` = NEW.name
  WHERE `college_id` = NEW.id AND `expertise_group_id` IS NULL AND `partner_id` IS NULL;
END;--> statement-breakpoint
CREATE INDEX `referrals_updated_idx` ON `referrals` (`updated_at`);--> statement-breakpoint
CREATE INDEX `referrals_deadline_idx` ON `referrals` (`response_deadline`);--> statement-breakpoint
CREATE INDEX `referrals_status_rank_idx` ON `referrals` ((CASE "status" WHEN 'voorgesteld' THEN 0 WHEN 'verstuurd' THEN 1 WHEN 'aanvaard' THEN 2 WHEN 'geweigerd' THEN 3 WHEN 'lopend' THEN 4 WHEN 'afgerond' THEN 5 WHEN 'doorgestuurd' THEN 6 WHEN 'geannuleerd' THEN 7 WHEN 'verlopen' THEN 8 ELSE 9 END));--> statement-breakpoint
CREATE INDEX `referrals_need_title_idx` ON `referrals` ("need_title" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `referrals_destination_name_idx` ON `referrals` ("destination_name" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `referrals_kind_destination_idx` ON `referrals` (`destination_kind`,"destination_name" COLLATE NOCASE);--> statement-breakpoint
CREATE INDEX `referrals_college_updated_idx` ON `referrals` (`college_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `referrals_status_updated_idx` ON `referrals` (`status`,`updated_at`);--> statement-breakpoint
CREATE INDEX `referrals_status_changed_idx` ON `referrals` (`status`,`status_changed_at`);