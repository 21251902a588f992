CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`sheet` text DEFAULT '' NOT NULL,
	`row_count` integer NOT NULL,
	`created_count` integer DEFAULT 0 NOT NULL,
	`updated_count` integer DEFAULT 0 NOT NULL,
	`skipped_count` integer DEFAULT 0 NOT NULL,
	`policy` text NOT NULL,
	`profile_id` integer,
	`committed_at` text NOT NULL,
	`actor` text NOT NULL,
	`undone_at` text,
	FOREIGN KEY (`profile_id`) REFERENCES `import_profiles`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `import_batches_sha_idx` ON `import_batches` (`file_sha256`);--> statement-breakpoint
CREATE INDEX `import_batches_committed_idx` ON `import_batches` (`committed_at`);--> statement-breakpoint
CREATE TABLE `import_profiles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`header_signature` text NOT NULL,
	`mapping` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`last_used_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_profiles_name_uq` ON `import_profiles` (`name`);--> statement-breakpoint
CREATE INDEX `import_profiles_signature_idx` ON `import_profiles` (`header_signature`);--> statement-breakpoint
CREATE TABLE `import_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`source_row` integer NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`action` text NOT NULL,
	`before` text DEFAULT '{}' NOT NULL,
	`after` text DEFAULT '{}' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `import_rows_batch_idx` ON `import_rows` (`batch_id`,`source_row`);--> statement-breakpoint
CREATE INDEX `import_rows_entity_idx` ON `import_rows` (`entity`,`entity_id`);