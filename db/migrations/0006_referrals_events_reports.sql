CREATE TABLE `referrals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`need_id` integer NOT NULL,
	`parent_id` integer,
	`destination_kind` text NOT NULL,
	`expertise_group_id` integer,
	`college_id` integer,
	`partner_id` integer,
	`expert_id` integer,
	`status` text DEFAULT 'voorgesteld' NOT NULL,
	`status_changed_at` text NOT NULL,
	`sent_at` text,
	`response_deadline` text,
	`responded_at` text,
	`decline_reason` text,
	`outcome` text,
	`status_note` text DEFAULT '' NOT NULL,
	`closed_at` text,
	`suggestion` text,
	`letter` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`parent_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`expertise_group_id`) REFERENCES `expertise_groups`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`college_id`) REFERENCES `colleges`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`expert_id`) REFERENCES `experts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `referrals_need_idx` ON `referrals` (`need_id`);--> statement-breakpoint
CREATE INDEX `referrals_parent_idx` ON `referrals` (`parent_id`);--> statement-breakpoint
CREATE INDEX `referrals_status_deadline_idx` ON `referrals` (`status`,`response_deadline`);--> statement-breakpoint
CREATE INDEX `referrals_group_idx` ON `referrals` (`expertise_group_id`,`status`);--> statement-breakpoint
CREATE INDEX `referrals_college_idx` ON `referrals` (`college_id`,`status`);--> statement-breakpoint
CREATE INDEX `referrals_partner_idx` ON `referrals` (`partner_id`,`status`);--> statement-breakpoint
CREATE INDEX `referrals_sent_idx` ON `referrals` (`sent_at`);--> statement-breakpoint
CREATE TABLE `event_agenda_prints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`printed_at` text NOT NULL,
	`actor` text NOT NULL,
	`snapshot` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_agenda_prints_event_idx` ON `event_agenda_prints` (`event_id`,`printed_at`);--> statement-breakpoint
CREATE TABLE `event_meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`requester_id` integer NOT NULL,
	`target_id` integer NOT NULL,
	`priority` text DEFAULT 'graag' NOT NULL,
	`mutual` integer DEFAULT false NOT NULL,
	`source` text DEFAULT 'coordinator' NOT NULL,
	`status` text DEFAULT 'gevraagd' NOT NULL,
	`decline_reason` text DEFAULT '' NOT NULL,
	`slot_index` integer,
	`table_number` integer,
	`locked` integer DEFAULT false NOT NULL,
	`before_meeting_id` integer,
	`no_show_participant_id` integer,
	`rating` text,
	`rating_comment` text DEFAULT '' NOT NULL,
	`follow_up` text,
	`follow_up_note` text DEFAULT '' NOT NULL,
	`follow_up_at` text,
	`need_id` integer,
	`intake_id` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requester_id`) REFERENCES `event_participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`target_id`) REFERENCES `event_participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`intake_id`) REFERENCES `intakes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `event_meetings_event_idx` ON `event_meetings` (`event_id`,`status`);--> statement-breakpoint
CREATE INDEX `event_meetings_slot_idx` ON `event_meetings` (`event_id`,`slot_index`,`table_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `event_meetings_pair_uq` ON `event_meetings` (`event_id`,`requester_id`,`target_id`);--> statement-breakpoint
CREATE INDEX `event_meetings_target_idx` ON `event_meetings` (`target_id`);--> statement-breakpoint
CREATE TABLE `event_participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`side` text NOT NULL,
	`organisation_id` integer,
	`contact_id` integer,
	`need_id` integer,
	`expert_id` integer,
	`expertise_group_id` integer,
	`college_id` integer,
	`display_name` text NOT NULL,
	`availability` text,
	`max_meetings` integer,
	`status` text DEFAULT 'ingeschreven' NOT NULL,
	`import_batch_id` integer,
	`source_row` integer,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`need_id`) REFERENCES `needs`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`expert_id`) REFERENCES `experts`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`expertise_group_id`) REFERENCES `expertise_groups`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`college_id`) REFERENCES `colleges`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`import_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `event_participants_event_idx` ON `event_participants` (`event_id`,`side`);--> statement-breakpoint
CREATE UNIQUE INDEX `event_participants_contact_uq` ON `event_participants` (`event_id`,`contact_id`) WHERE contact_id IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `event_participants_expert_uq` ON `event_participants` (`event_id`,`expert_id`) WHERE expert_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `event_participants_organisation_idx` ON `event_participants` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `event_schedule_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`mode` text NOT NULL,
	`status` text NOT NULL,
	`requested` integer NOT NULL,
	`placed` integer NOT NULL,
	`upper_bound` integer NOT NULL,
	`breaks` integer NOT NULL,
	`seconds` integer NOT NULL,
	`message` text DEFAULT '' NOT NULL,
	`started_at` text NOT NULL,
	`actor` text NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_schedule_runs_event_idx` ON `event_schedule_runs` (`event_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `event_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_id` integer NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`start` text NOT NULL,
	`end` text NOT NULL,
	`breaks` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_sessions_event_idx` ON `event_sessions` (`event_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`date` text NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	`platform` text DEFAULT '' NOT NULL,
	`slot_minutes` integer DEFAULT 12 NOT NULL,
	`changeover_minutes` integer DEFAULT 3 NOT NULL,
	`tables` integer DEFAULT 10 NOT NULL,
	`max_participants` integer,
	`max_meetings_per_participant` integer,
	`status` text DEFAULT 'concept' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `events_date_idx` ON `events` (`date`);--> statement-breakpoint
CREATE TABLE `report_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`event_id` integer,
	`pseudonymised` integer DEFAULT false NOT NULL,
	`params` text DEFAULT '{}' NOT NULL,
	`file_name` text NOT NULL,
	`figures` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL,
	`actor` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `report_runs_created_idx` ON `report_runs` (`created_at`);--> statement-breakpoint
ALTER TABLE `colleges` ADD `response_days` integer;--> statement-breakpoint
ALTER TABLE `expertise_groups` ADD `response_days` integer;--> statement-breakpoint
ALTER TABLE `partners` ADD `response_days` integer;--> statement-breakpoint
ALTER TABLE `import_batches` ADD `event_id` integer;