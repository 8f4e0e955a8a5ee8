-- Indexes in the exact order the API pages lists: newest first, undated last, then id.
-- Undated rows sort as -infinity, so the sort expression is never NULL and one row
-- comparison seeks a deep page (see src/graphql/keyset.ts).
-- Expression indexes, which the Prisma schema language cannot describe.
CREATE INDEX "Meeting_sort_idx" ON "Meeting" ((coalesce("date", '-infinity'::date)) DESC, "id" DESC);
CREATE INDEX "Meeting_country_sort_idx" ON "Meeting" ("countryCode", (coalesce("date", '-infinity'::date)) DESC, "id" DESC);
CREATE INDEX "Meeting_status_sort_idx" ON "Meeting" ("status", (coalesce("date", '-infinity'::date)) DESC, "id" DESC);
CREATE INDEX "Agreement_sort_idx" ON "Agreement" ((coalesce("date", '-infinity'::date)) DESC, "id" DESC);
CREATE INDEX "Article_sort_idx" ON "Article" ((coalesce("publishedAt", '-infinity'::date)) DESC, "id" DESC);
