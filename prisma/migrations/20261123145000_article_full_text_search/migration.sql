-- Full-text search over articles (Query.articles(filter: { search })).
-- An expression index, which the Prisma schema language cannot describe.
-- Queries that use it repeat this exact expression (see src/articles).
CREATE INDEX "Article_search_idx" ON "Article"
  USING GIN (to_tsvector('english'::regconfig, coalesce("title", '') || ' ' || "body"));
