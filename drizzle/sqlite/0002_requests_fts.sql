-- Full-text index over request titles and letters (external content: the text lives in requests).
CREATE VIRTUAL TABLE `requests_fts` USING fts5(title, body, content='requests', content_rowid='id', tokenize='porter unicode61');
--> statement-breakpoint
CREATE TRIGGER `requests_fts_ai` AFTER INSERT ON `requests` BEGIN
  INSERT INTO requests_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `requests_fts_ad` AFTER DELETE ON `requests` BEGIN
  INSERT INTO requests_fts(requests_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `requests_fts_au` AFTER UPDATE OF title, body ON `requests` BEGIN
  INSERT INTO requests_fts(requests_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO requests_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
