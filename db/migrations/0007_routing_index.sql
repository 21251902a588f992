-- Routing suggestions (issue 5): one FTS5 index the router ranks with bm25. Per expertise group a
-- profile (name; description + keywords) and ONE aggregated document of the past needs it took on
-- (referrals to it in aanvaard/lopend/afgerond), so a group is a single candidate per kind and
-- the query answers in a few ms at 5,000 groups / 50,000 past needs; per partner its name, sector
-- and notes (companies for "bestaande marktoplossing").
-- remove_diacritics 2: `financiele` finds `financiële`. The Dutch-aware normaliser
-- (electron/services/routing/normalize.ts) matches stems as prefixes, via routing_vocab.
-- (detail=column was tried: smaller, but its bm25 is five times slower; default detail it is.)
-- rowid = owner id * 4 + kind code (1 group profile, 2 group past needs, 3 partner).
CREATE VIRTUAL TABLE `routing_index` USING fts5(
  `kind` UNINDEXED,
  `owner_id` UNINDEXED,
  `name`,
  `body`,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- The index's vocabulary with document counts: the router expands a stem prefix into the words that
-- exist (`digital` → digitale, digitalisering) before ranking, because bm25 over prefix phrases
-- re-reads every matching word's postings per row and is ten times slower.
CREATE VIRTUAL TABLE `routing_vocab` USING fts5vocab(`routing_index`, 'row');
--> statement-breakpoint
INSERT INTO routing_index (rowid, kind, owner_id, name, body)
  SELECT g.id * 4 + 1, 'group', g.id, g.name,
    trim(g.description || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(g.keywords)), ''))
  FROM expertise_groups g;
--> statement-breakpoint
INSERT INTO routing_index (rowid, kind, owner_id, name, body)
  SELECT x.g * 4 + 2, 'past', x.g, '', x.body FROM (
    SELECT r.expertise_group_id AS g, group_concat(n.title || ' ' || n.question || ' ' || n.smart, ' ') AS body
    FROM referrals r JOIN needs n ON n.id = r.need_id
    WHERE r.expertise_group_id IS NOT NULL AND r.status IN ('aanvaard', 'lopend', 'afgerond')
    GROUP BY r.expertise_group_id
  ) x;
--> statement-breakpoint
INSERT INTO routing_index (rowid, kind, owner_id, name, body)
  SELECT p.id * 4 + 3, 'partner', p.id, trim(p.name || ' ' || p.short_name), trim(p.sector || ' ' || p.notes)
  FROM partners p;
--> statement-breakpoint
CREATE TRIGGER `routing_groups_ai` AFTER INSERT ON `expertise_groups` BEGIN
  INSERT INTO routing_index (rowid, kind, owner_id, name, body) VALUES (
    NEW.id * 4 + 1, 'group', NEW.id, NEW.name,
    trim(NEW.description || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.keywords)), '')));
END;
--> statement-breakpoint
CREATE TRIGGER `routing_groups_au` AFTER UPDATE OF name, description, keywords ON `expertise_groups` BEGIN
  DELETE FROM routing_index WHERE rowid = OLD.id * 4 + 1;
  INSERT INTO routing_index (rowid, kind, owner_id, name, body) VALUES (
    NEW.id * 4 + 1, 'group', NEW.id, NEW.name,
    trim(NEW.description || ' ' || coalesce((SELECT group_concat(value, ' ') FROM json_each(NEW.keywords)), '')));
END;
--> statement-breakpoint
CREATE TRIGGER `routing_groups_ad` AFTER DELETE ON `expertise_groups` BEGIN
  DELETE FROM routing_index WHERE rowid IN (OLD.id * 4 + 1, OLD.id * 4 + 2);
END;
--> statement-breakpoint
-- The past-needs document of a group is rebuilt whenever a referral to it enters or leaves the
-- taken-on statuses (a handful of rows per group; the index on referrals(expertise_group_id, status)).
CREATE TRIGGER `routing_referrals_ai` AFTER INSERT ON `referrals`
  WHEN NEW.expertise_group_id IS NOT NULL AND NEW.status IN ('aanvaard', 'lopend', 'afgerond') BEGIN
  DELETE FROM routing_index WHERE rowid = NEW.expertise_group_id * 4 + 2;
  INSERT INTO routing_index (rowid, kind, owner_id, name, body)
    SELECT NEW.expertise_group_id * 4 + 2, 'past', NEW.expertise_group_id, '', group_concat(n.title || ' ' || n.question || ' ' || n.smart, ' ')
    FROM referrals r JOIN needs n ON n.id = r.need_id
    WHERE r.expertise_group_id = NEW.expertise_group_id AND r.status IN ('aanvaard', 'lopend', 'afgerond')
    HAVING count(*) > 0;
END;
--> statement-breakpoint
CREATE TRIGGER `routing_referrals_au` AFTER UPDATE OF status, expertise_group_id, need_id ON `referrals`
  WHEN OLD.status IN ('aanvaard', 'lopend', 'afgerond') OR NEW.status IN ('aanvaard', 'lopend', 'afgerond') BEGIN
  DELETE FROM routing_index WHERE rowid IN (OLD.expertise_group_id * 4 + 2, NEW.expertise_group_id * 4 + 2);
  INSERT INTO routing_index (rowid, kind, owner_id, name, body)
    SELECT x.g * 4 + 2, 'past', x.g, '', x.body FROM (
      SELECT r.expertise_group_id AS g, group_concat(n.title || ' ' || n.question || ' ' || n.smart, ' ') AS body
      FROM referrals r JOIN needs n ON n.id = r.need_id
      WHERE r.expertise_group_id IN (OLD.expertise_group_id, NEW.expertise_group_id)
        AND r.status IN ('aanvaard', 'lopend', 'afgerond')
      GROUP BY r.expertise_group_id
    ) x;
END;
--> statement-breakpoint
CREATE TRIGGER `routing_referrals_ad` AFTER DELETE ON `referrals`
  WHEN OLD.expertise_group_id IS NOT NULL AND OLD.status IN ('aanvaard', 'lopend', 'afgerond') BEGIN
  DELETE FROM routing_index WHERE rowid = OLD.expertise_group_id * 4 + 2;
  INSERT INTO routing_index (rowid, kind, owner_id, name, body)
    SELECT OLD.expertise_group_id * 4 + 2, 'past', OLD.expertise_group_id, '', group_concat(n.title || ' ' || n.question || ' ' || n.smart, ' ')
    FROM referrals r JOIN needs n ON n.id = r.need_id
    WHERE r.expertise_group_id = OLD.expertise_group_id AND r.status IN ('aanvaard', 'lopend', 'afgerond')
    HAVING count(*) > 0;
END;
--> statement-breakpoint
-- A need rewritten in SMART form changes the past-needs document of every group that took it on.
CREATE TRIGGER `routing_needs_au` AFTER UPDATE OF title, question, smart ON `needs` BEGIN
  DELETE FROM routing_index WHERE rowid IN (
    SELECT expertise_group_id * 4 + 2 FROM referrals
    WHERE need_id = NEW.id AND expertise_group_id IS NOT NULL AND status IN ('aanvaard', 'lopend', 'afgerond'));
  INSERT INTO routing_index (rowid, kind, owner_id, name, body)
    SELECT x.g * 4 + 2, 'past', x.g, '', x.body FROM (
      SELECT r.expertise_group_id AS g, group_concat(n.title || ' ' || n.question || ' ' || n.smart, ' ') AS body
      FROM referrals r JOIN needs n ON n.id = r.need_id
      WHERE r.status IN ('aanvaard', 'lopend', 'afgerond') AND r.expertise_group_id IN (
        SELECT expertise_group_id FROM referrals
        WHERE need_id = NEW.id AND expertise_group_id IS NOT NULL AND status IN ('aanvaard', 'lopend', 'afgerond'))
      GROUP BY r.expertise_group_id
    ) x;
END;
--> statement-breakpoint
CREATE TRIGGER `routing_partners_ai` AFTER INSERT ON `partners` BEGIN
  INSERT INTO routing_index (rowid, kind, owner_id, name, body) VALUES (
    NEW.id * 4 + 3, 'partner', NEW.id, trim(NEW.name || ' ' || NEW.short_name), trim(NEW.sector || ' ' || NEW.notes));
END;
--> statement-breakpoint
CREATE TRIGGER `routing_partners_au` AFTER UPDATE OF name, short_name, sector, notes ON `partners` BEGIN
  DELETE FROM routing_index WHERE rowid = OLD.id * 4 + 3;
  INSERT INTO routing_index (rowid, kind, owner_id, name, body) VALUES (
    NEW.id * 4 + 3, 'partner', NEW.id, trim(NEW.name || ' ' || NEW.short_name), trim(NEW.sector || ' ' || NEW.notes));
END;
--> statement-breakpoint
CREATE TRIGGER `routing_partners_ad` AFTER DELETE ON `partners` BEGIN
  DELETE FROM routing_index WHERE rowid = OLD.id * 4 + 3;
END;
