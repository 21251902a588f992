-- Global search (Ctrl/Cmd+K): one FTS5 index over organisations, contacts, needs and experts.
-- remove_diacritics 2: `emmaus` finds `Emmaüs`; prefix indexes make prefix queries cheap.
-- rowid = ref_id * 8 + kind code (1 organisation, 2 contact, 3 need, 4 expert), so triggers
-- replace one entry by rowid instead of scanning the index.
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `kind` UNINDEXED,
  `ref_id` UNINDEXED,
  `title`,
  `body`,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
--> statement-breakpoint
CREATE TRIGGER `search_organisations_ai` AFTER INSERT ON `organisations` WHEN NEW.merged_into_id IS NULL BEGIN
  INSERT INTO search_index (rowid, kind, ref_id, title, body) VALUES (
    NEW.id * 8 + 1, 'organisation', NEW.id, NEW.name,
    trim(coalesce(NEW.enterprise_number, '') || ' ' || coalesce(substr(NEW.enterprise_number, 2), '') || ' ' ||
      coalesce(substr(NEW.enterprise_number, 1, 4) || '.' || substr(NEW.enterprise_number, 5, 3) || '.' || substr(NEW.enterprise_number, 8), '') || ' ' ||
      coalesce(NEW.postcode, '') || ' ' || NEW.city || ' ' || NEW.website || ' ' || NEW.sector));
END;
--> statement-breakpoint
CREATE TRIGGER `search_organisations_au` AFTER UPDATE ON `organisations` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
  INSERT INTO search_index (rowid, kind, ref_id, title, body) SELECT
    NEW.id * 8 + 1, 'organisation', NEW.id, NEW.name,
    trim(coalesce(NEW.enterprise_number, '') || ' ' || coalesce(substr(NEW.enterprise_number, 2), '') || ' ' ||
      coalesce(substr(NEW.enterprise_number, 1, 4) || '.' || substr(NEW.enterprise_number, 5, 3) || '.' || substr(NEW.enterprise_number, 8), '') || ' ' ||
      coalesce(NEW.postcode, '') || ' ' || NEW.city || ' ' || NEW.website || ' ' || NEW.sector)
    WHERE NEW.merged_into_id IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_organisations_ad` AFTER DELETE ON `organisations` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_ai` AFTER INSERT ON `contacts` WHEN NEW.erased_at IS NULL BEGIN
  INSERT INTO search_index (rowid, kind, ref_id, title, body) VALUES (
    NEW.id * 8 + 2, 'contact', NEW.id, trim(NEW.first_name || ' ' || NEW.last_name),
    trim(coalesce(NEW.email, '') || ' ' || coalesce(NEW.phone, '') || ' ' || NEW.role || ' ' ||
      coalesce((SELECT name FROM organisations WHERE id = NEW.organisation_id), '')));
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_au` AFTER UPDATE ON `contacts` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
  INSERT INTO search_index (rowid, kind, ref_id, title, body) SELECT
    NEW.id * 8 + 2, 'contact', NEW.id, trim(NEW.first_name || ' ' || NEW.last_name),
    trim(coalesce(NEW.email, '') || ' ' || coalesce(NEW.phone, '') || ' ' || NEW.role || ' ' ||
      coalesce((SELECT name FROM organisations WHERE id = NEW.organisation_id), ''))
    WHERE NEW.erased_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_contacts_ad` AFTER DELETE ON `contacts` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 2;
END;
--> statement-breakpoint
CREATE TRIGGER `search_needs_ai` AFTER INSERT ON `needs` BEGIN
  INSERT INTO search_index (rowid, kind, ref_id, title, body) VALUES (
    NEW.id * 8 + 3, 'need', NEW.id, NEW.title,
    trim(NEW.question || ' ' || NEW.smart || ' ' || coalesce((SELECT name FROM organisations WHERE id = NEW.organisation_id), '')));
END;
--> statement-breakpoint
CREATE TRIGGER `search_needs_au` AFTER UPDATE OF title, question, smart, organisation_id ON `needs` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
  INSERT INTO search_index (rowid, kind, ref_id, title, body) VALUES (
    NEW.id * 8 + 3, 'need', NEW.id, NEW.title,
    trim(NEW.question || ' ' || NEW.smart || ' ' || coalesce((SELECT name FROM organisations WHERE id = NEW.organisation_id), '')));
END;
--> statement-breakpoint
CREATE TRIGGER `search_needs_ad` AFTER DELETE ON `needs` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 3;
END;
--> statement-breakpoint
CREATE TRIGGER `search_experts_ai` AFTER INSERT ON `experts` BEGIN
  INSERT INTO search_index (rowid, kind, ref_id, title, body) VALUES (
    NEW.id * 8 + 4, 'expert', NEW.id, trim(NEW.first_name || ' ' || NEW.last_name),
    trim(coalesce(NEW.email, '') || ' ' || NEW.title || ' ' ||
      coalesce((SELECT short_name || ' ' || name FROM colleges WHERE id = NEW.college_id), '')));
END;
--> statement-breakpoint
CREATE TRIGGER `search_experts_au` AFTER UPDATE ON `experts` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
  INSERT INTO search_index (rowid, kind, ref_id, title, body) VALUES (
    NEW.id * 8 + 4, 'expert', NEW.id, trim(NEW.first_name || ' ' || NEW.last_name),
    trim(coalesce(NEW.email, '') || ' ' || NEW.title || ' ' ||
      coalesce((SELECT short_name || ' ' || name FROM colleges WHERE id = NEW.college_id), '')));
END;
--> statement-breakpoint
CREATE TRIGGER `search_experts_ad` AFTER DELETE ON `experts` BEGIN
  DELETE FROM search_index WHERE rowid = OLD.id * 8 + 4;
END;
