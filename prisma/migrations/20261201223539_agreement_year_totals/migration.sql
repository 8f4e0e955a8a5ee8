-- CreateTable
CREATE TABLE "AgreementYearTotal" (
    "year" INTEGER NOT NULL,
    "agreements" INTEGER NOT NULL,
    "documents" INTEGER NOT NULL,

    CONSTRAINT "AgreementYearTotal_pkey" PRIMARY KEY ("year")
);

-- Kept by hand from here on (Prisma has no triggers). "AgreementYearTotal" holds, for every year with at least
-- one agreement, what `SELECT year, count(*), sum(coalesce("documentCount", 1)) FROM "Agreement" WHERE year IS
-- NOT NULL GROUP BY year` gives. Statement-level triggers with transition tables apply each statement's rows as
-- one delta per year (a COPY of 50,000 agreements is one GROUP BY, not 50,000 updates); years are taken in
-- ascending order so that two writers lock year rows in the same order.

-- Adds (sign 1) or removes (sign -1) the given agreement rows' counts, and drops years left with none.
CREATE FUNCTION agreement_year_totals_apply(sign integer, changed_years integer[], changed_agreements integer[], changed_documents integer[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "AgreementYearTotal" AS t ("year", "agreements", "documents")
  SELECT y, sign * a, sign * d FROM unnest(changed_years, changed_agreements, changed_documents) AS u(y, a, d) ORDER BY y
  ON CONFLICT ("year") DO UPDATE SET "agreements" = t."agreements" + EXCLUDED."agreements", "documents" = t."documents" + EXCLUDED."documents";
  DELETE FROM "AgreementYearTotal" WHERE "year" = ANY(changed_years) AND "agreements" <= 0;
END $$;

CREATE FUNCTION agreement_year_totals_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  y integer[]; a integer[]; d integer[];
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT array_agg(g.year ORDER BY g.year), array_agg(g.n ORDER BY g.year), array_agg(g.docs ORDER BY g.year) INTO y, a, d
    FROM (SELECT "year", count(*)::int AS n, sum(coalesce("documentCount", 1))::int AS docs FROM old_rows WHERE "year" IS NOT NULL GROUP BY "year") g;
    IF y IS NOT NULL THEN PERFORM agreement_year_totals_apply(-1, y, a, d); END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    SELECT array_agg(g.year ORDER BY g.year), array_agg(g.n ORDER BY g.year), array_agg(g.docs ORDER BY g.year) INTO y, a, d
    FROM (SELECT "year", count(*)::int AS n, sum(coalesce("documentCount", 1))::int AS docs FROM new_rows WHERE "year" IS NOT NULL GROUP BY "year") g;
    IF y IS NOT NULL THEN PERFORM agreement_year_totals_apply(1, y, a, d); END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION agreement_year_totals_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "AgreementYearTotal";
  RETURN NULL;
END $$;

CREATE TRIGGER "Agreement_year_totals_insert" AFTER INSERT ON "Agreement"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION agreement_year_totals_rows();
CREATE TRIGGER "Agreement_year_totals_update" AFTER UPDATE ON "Agreement"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION agreement_year_totals_rows();
CREATE TRIGGER "Agreement_year_totals_delete" AFTER DELETE ON "Agreement"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION agreement_year_totals_rows();
CREATE TRIGGER "Agreement_year_totals_truncate" AFTER TRUNCATE ON "Agreement"
  FOR EACH STATEMENT EXECUTE FUNCTION agreement_year_totals_truncate();

-- Backfill from the agreements already stored.
INSERT INTO "AgreementYearTotal" ("year", "agreements", "documents")
SELECT "year", count(*)::int, sum(coalesce("documentCount", 1))::int FROM "Agreement" WHERE "year" IS NOT NULL GROUP BY "year";
