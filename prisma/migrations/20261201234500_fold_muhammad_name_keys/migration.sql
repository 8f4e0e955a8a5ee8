-- Name keys now fold the spellings of Muhammad to "mohamed" (src/people/names.ts, foldName).
-- Re-fold the keys stored before, so lookups by the new keys find the people already in the graph.
-- A person whose re-folded key another row already holds keeps the old key (the two rows stay apart,
-- rather than the migration failing on the unique index).
UPDATE "Person" p
SET "nameKeys" = ARRAY(
  SELECT regexp_replace(k, '\m(muhammad|muhammed|mohammad|mohammed|mohamad|muhamed)\M', 'mohamed', 'g')
  FROM unnest(p."nameKeys") WITH ORDINALITY AS t(k, i)
  ORDER BY i
)
WHERE EXISTS (SELECT 1 FROM unnest(p."nameKeys") k WHERE k ~ '\m(muhammad|muhammed|mohammad|mohammed|mohamad|muhamed)\M');

UPDATE "Person" p
SET "key" = regexp_replace(p."key", '\m(muhammad|muhammed|mohammad|mohammed|mohamad|muhamed)\M', 'mohamed', 'g')
WHERE p."key" ~ '\m(muhammad|muhammed|mohammad|mohammed|mohamad|muhamed)\M'
  AND NOT EXISTS (
    SELECT 1 FROM "Person" q
    WHERE q."key" = regexp_replace(p."key", '\m(muhammad|muhammed|mohammad|mohammed|mohamad|muhamed)\M', 'mohamed', 'g')
  );
