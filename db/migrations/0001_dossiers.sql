CREATE TABLE `expert_groups` (
	`expert_id` integer NOT NULL,
	`group_id` integer NOT NULL,
	PRIMARY KEY(`expert_id`, `group_id`),
	FOREIGN KEY (`expert_id`) REFERENCES `experts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`group_id`) REFERENCES `expertise_groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `expert_groups_group_idx` ON `expert_groups` (`group_id`);--> statement-breakpoint
CREATE TABLE `expertise_group_themes` (
	`group_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	PRIMARY KEY(`group_id`, `theme_id`),
	FOREIGN KEY (`group_id`) REFERENCES `expertise_groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `expertise_group_themes_theme_idx` ON `expertise_group_themes` (`theme_id`);--> statement-breakpoint
CREATE TABLE `experts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`college_id` integer,
	`first_name` text DEFAULT '' NOT NULL,
	`last_name` text NOT NULL,
	`role` text DEFAULT 'onderzoeker' NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`email` text,
	`phone` text,
	`notes` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`college_id`) REFERENCES `colleges`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `experts_college_idx` ON `experts` (`college_id`);--> statement-breakpoint
CREATE INDEX `experts_last_name_idx` ON `experts` (`last_name`);--> statement-breakpoint
CREATE INDEX `experts_email_idx` ON `experts` (`email`);--> statement-breakpoint
CREATE TABLE `partner_colleges` (
	`partner_id` integer NOT NULL,
	`college_id` integer NOT NULL,
	PRIMARY KEY(`partner_id`, `college_id`),
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`college_id`) REFERENCES `colleges`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `partner_themes` (
	`partner_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	PRIMARY KEY(`partner_id`, `theme_id`),
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer NOT NULL,
	`first_name` text DEFAULT '' NOT NULL,
	`last_name` text NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`email` text,
	`phone` text,
	`consent_date` text,
	`consent_source` text DEFAULT '' NOT NULL,
	`consent_scope` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`last_activity_at` text,
	`erased_at` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `contacts_organisation_idx` ON `contacts` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `contacts_email_idx` ON `contacts` (`email`);--> statement-breakpoint
CREATE INDEX `contacts_last_name_idx` ON `contacts` (`last_name`);--> statement-breakpoint
CREATE INDEX `contacts_last_activity_idx` ON `contacts` (`last_activity_at`);--> statement-breakpoint
CREATE TABLE `organisation_federations` (
	`organisation_id` integer NOT NULL,
	`partner_id` integer NOT NULL,
	PRIMARY KEY(`organisation_id`, `partner_id`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `organisation_federations_partner_idx` ON `organisation_federations` (`partner_id`);--> statement-breakpoint
CREATE TABLE `organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`normalized_name` text NOT NULL,
	`legal_form` text,
	`enterprise_number` text,
	`street` text DEFAULT '' NOT NULL,
	`postcode` text,
	`city` text DEFAULT '' NOT NULL,
	`province_code` text,
	`province_overridden` integer DEFAULT false NOT NULL,
	`sector` text DEFAULT '' NOT NULL,
	`size` text,
	`website` text DEFAULT '' NOT NULL,
	`email_domain` text,
	`notes` text DEFAULT '' NOT NULL,
	`merged_into_id` integer,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`province_code`) REFERENCES `provinces`(`code`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`merged_into_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_enterprise_number_uq` ON `organisations` (`enterprise_number`);--> statement-breakpoint
CREATE INDEX `organisations_normalized_name_idx` ON `organisations` (`normalized_name`,`postcode`);--> statement-breakpoint
CREATE INDEX `organisations_email_domain_idx` ON `organisations` (`email_domain`);--> statement-breakpoint
CREATE INDEX `organisations_province_idx` ON `organisations` (`province_code`);--> statement-breakpoint
CREATE INDEX `organisations_name_idx` ON `organisations` (`name`);--> statement-breakpoint
CREATE INDEX `organisations_updated_idx` ON `organisations` (`updated_at`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`need_id` integer,
	`organisation_id` integer,
	`contact_id` integer,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`mime_type` text DEFAULT 'application/octet-stream' NOT NULL,
	`added_at` text NOT NULL,
	`actor` text NOT NULL,
	`removed_at` text,
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `attachments_need_idx` ON `attachments` (`need_id`);--> statement-breakpoint
CREATE INDEX `attachments_organisation_idx` ON `attachments` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `attachments_sha_idx` ON `attachments` (`sha256`);--> statement-breakpoint
CREATE TABLE `intakes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`need_id` integer NOT NULL,
	`date` text NOT NULL,
	`participants` text DEFAULT '' NOT NULL,
	`need_summary` text DEFAULT '' NOT NULL,
	`planning` text DEFAULT '' NOT NULL,
	`budget` text DEFAULT '' NOT NULL,
	`collaboration_forms` text DEFAULT '[]' NOT NULL,
	`project_shape` text DEFAULT '' NOT NULL,
	`decision` text DEFAULT '' NOT NULL,
	`next_steps` text DEFAULT '' NOT NULL,
	`held` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `intakes_need_idx` ON `intakes` (`need_id`);--> statement-breakpoint
CREATE INDEX `intakes_date_idx` ON `intakes` (`date`);--> statement-breakpoint
CREATE TABLE `need_themes` (
	`need_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	PRIMARY KEY(`need_id`, `theme_id`),
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `need_themes_theme_idx` ON `need_themes` (`theme_id`);--> statement-breakpoint
CREATE TABLE `needs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organisation_id` integer,
	`contact_id` integer,
	`traject_id` integer,
	`title` text NOT NULL,
	`question` text DEFAULT '' NOT NULL,
	`smart` text DEFAULT '' NOT NULL,
	`knowledge_kind` text,
	`urgency` text DEFAULT 'normaal' NOT NULL,
	`budget_indication` text DEFAULT '' NOT NULL,
	`source` text DEFAULT 'andere' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'nieuw' NOT NULL,
	`stop_reason` text DEFAULT '' NOT NULL,
	`status_changed_at` text NOT NULL,
	`closed_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`traject_id`) REFERENCES `trajects`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `needs_status_idx` ON `needs` (`status`);--> statement-breakpoint
CREATE INDEX `needs_organisation_idx` ON `needs` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `needs_traject_idx` ON `needs` (`traject_id`);--> statement-breakpoint
CREATE INDEX `needs_owner_idx` ON `needs` (`owner`);--> statement-breakpoint
CREATE INDEX `needs_created_idx` ON `needs` (`created_at`);--> statement-breakpoint
CREATE INDEX `needs_updated_idx` ON `needs` (`updated_at`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`need_id` integer,
	`organisation_id` integer,
	`title` text NOT NULL,
	`due_date` text NOT NULL,
	`assignee` text DEFAULT '' NOT NULL,
	`done_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `tasks_due_idx` ON `tasks` (`done_at`,`due_date`);--> statement-breakpoint
CREATE INDEX `tasks_need_idx` ON `tasks` (`need_id`);--> statement-breakpoint
CREATE TABLE `timeline_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`need_id` integer,
	`organisation_id` integer,
	`contact_id` integer,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`summary` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`confidential` integer DEFAULT false NOT NULL,
	`data` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `timeline_need_idx` ON `timeline_entries` (`need_id`,`at`);--> statement-breakpoint
CREATE INDEX `timeline_organisation_idx` ON `timeline_entries` (`organisation_id`,`at`);--> statement-breakpoint
CREATE TABLE `traject_colleges` (
	`traject_id` integer NOT NULL,
	`college_id` integer NOT NULL,
	PRIMARY KEY(`traject_id`, `college_id`),
	FOREIGN KEY (`traject_id`) REFERENCES `trajects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`college_id`) REFERENCES `colleges`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `traject_colleges_college_idx` ON `traject_colleges` (`college_id`);--> statement-breakpoint
CREATE TABLE `trajects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`type` text NOT NULL,
	`status` text DEFAULT 'gepland' NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`students_involved` integer DEFAULT 0 NOT NULL,
	`funding_source` text DEFAULT '' NOT NULL,
	`funding_amount_cents` integer,
	`follow_up_funding` text DEFAULT '' NOT NULL,
	`follow_up_funding_cents` integer,
	`start_date` text,
	`end_date` text,
	`outcome` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `trajects_type_idx` ON `trajects` (`type`);--> statement-breakpoint
CREATE INDEX `trajects_start_idx` ON `trajects` (`start_date`);--> statement-breakpoint
CREATE TABLE `erasures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text DEFAULT 'contact' NOT NULL,
	`entity_id` integer NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `merges` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text DEFAULT 'organisation' NOT NULL,
	`survivor_id` integer NOT NULL,
	`merged_id` integer NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`snapshot` text NOT NULL,
	`undone_at` text
);
--> statement-breakpoint
CREATE INDEX `merges_survivor_idx` ON `merges` (`survivor_id`);--> statement-breakpoint
CREATE INDEX `merges_merged_idx` ON `merges` (`merged_id`);--> statement-breakpoint
CREATE TABLE `saved_views` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`table_key` text NOT NULL,
	`name` text NOT NULL,
	`state` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `saved_views_table_name_uq` ON `saved_views` (`table_key`,`name`);--> statement-breakpoint
ALTER TABLE `colleges` ADD `notes` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `expertise_groups` ADD `contact_expert_id` integer REFERENCES experts(id);--> statement-breakpoint
ALTER TABLE `expertise_groups` ADD `capacity` text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE `expertise_groups` ADD `capacity_note` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `partners` ADD `contact_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `partners` ADD `email` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `phone` text;--> statement-breakpoint
ALTER TABLE `partners` ADD `notes` text DEFAULT '' NOT NULL;