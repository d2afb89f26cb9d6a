-- One tag vocabulary. Request tags and document tags are matched by one rule, tag_slug() (src/tags/slug.ts,
-- registered as an SQL function on every connection by src/db/index.ts): case, accents and the separators
-- between words do not count ("Media Sonar", "media-sonar", "media sonar" are `media-sonar`).
-- 1. Vocabulary entries whose slugs now collide are merged into one: a seeded entry (no creator) first,
--    else the oldest. Their taggings move to it.
CREATE TEMP TABLE `tag_merge` AS
  SELECT t.id AS old_id,
    (SELECT t2.id FROM tags t2 WHERE tag_slug(t2.name) = tag_slug(t.name)
     ORDER BY t2.created_by IS NOT NULL, t2.id LIMIT 1) AS new_id
  FROM tags t;
--> statement-breakpoint
UPDATE `document_tags` SET tag_id = (SELECT m.new_id FROM tag_merge m WHERE m.old_id = document_tags.tag_id)
  WHERE tag_id IN (SELECT old_id FROM tag_merge WHERE old_id <> new_id);
--> statement-breakpoint
-- Two live taggings of one place with the merged tag: the oldest stays, taking the other's note if it has
-- none; the others are recorded as removed (taggings are never deleted).
UPDATE `document_tags` SET note = (
    SELECT d2.note FROM document_tags d2
    WHERE d2.document_id = document_tags.document_id AND d2.tag_id = document_tags.tag_id
      AND d2.page IS document_tags.page AND d2.removed_at IS NULL AND d2.id > document_tags.id
      AND d2.note IS NOT NULL
    ORDER BY d2.id LIMIT 1)
  WHERE note IS NULL AND removed_at IS NULL;
--> statement-breakpoint
UPDATE `document_tags` SET removed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  WHERE removed_at IS NULL AND EXISTS (
    SELECT 1 FROM document_tags d2
    WHERE d2.document_id = document_tags.document_id AND d2.tag_id = document_tags.tag_id
      AND d2.page IS document_tags.page AND d2.removed_at IS NULL AND d2.id < document_tags.id);
--> statement-breakpoint
DELETE FROM `tags` WHERE id IN (SELECT old_id FROM tag_merge WHERE old_id <> new_id);
--> statement-breakpoint
DROP TABLE `tag_merge`;
--> statement-breakpoint
UPDATE `tags` SET slug = tag_slug(name) WHERE slug <> tag_slug(name);
--> statement-breakpoint
-- 2. Every request tag is in the vocabulary (category `topic`), as a tag its request's creator made: the
--    public sees such a tag only once it is on something public.
INSERT INTO `tags` (name, slug, category, created_by)
  SELECT g.name, g.slug, 'topic',
    (SELECT coalesce(r.created_by, r.owner_id, (SELECT min(u.id) FROM users u)) FROM requests r WHERE r.id = g.request_id)
  FROM (SELECT min(tag) AS name, tag_slug(tag) AS slug, min(request_id) AS request_id
        FROM request_tags GROUP BY tag_slug(tag)) g
  WHERE g.slug <> '' AND NOT EXISTS (SELECT 1 FROM tags t WHERE t.slug = g.slug);
--> statement-breakpoint
-- 3. Request tags are stored as slugs; variants on one request become one row.
INSERT OR IGNORE INTO `request_tags` (request_id, tag)
  SELECT request_id, tag_slug(tag) FROM request_tags WHERE tag <> tag_slug(tag) AND tag_slug(tag) <> '';
--> statement-breakpoint
DELETE FROM `request_tags` WHERE tag <> tag_slug(tag) OR tag = '';
--> statement-breakpoint
-- 4. The tags a campaign gives its requests, by the same rule.
UPDATE `campaigns` SET tags = (
  SELECT coalesce(json_group_array(s), '[]') FROM (
    SELECT DISTINCT tag_slug(j.value) AS s FROM json_each(campaigns.tags) j WHERE tag_slug(j.value) <> '' ORDER BY s))
  WHERE tags <> '[]';
