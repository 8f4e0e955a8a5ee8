-- AlterTable
ALTER TABLE "AgreementParty" ADD COLUMN     "agreementDate" DATE;

-- AlterTable
ALTER TABLE "AgreementSignatory" ADD COLUMN     "agreementDate" DATE;

-- AlterTable
ALTER TABLE "MeetingParticipant" ADD COLUMN     "meetingDate" DATE,
ADD COLUMN     "personCountryCode" CHAR(2);

-- Junction rows carry their child's sort key, so that a parent's newest N children
-- are one index range read (src/graphql/keyset.ts, createBatchedConnection): the
-- indexes below are in the exact order the API pages those lists, with undated
-- rows sorting as -infinity, like the `sort_keys` indexes of the lists themselves.

-- Existing rows.
UPDATE "MeetingParticipant" mp SET "meetingDate" = m."date" FROM "Meeting" m WHERE m.id = mp."meetingId";
UPDATE "MeetingParticipant" mp SET "personCountryCode" = p."countryCode" FROM "Person" p WHERE p.id = mp."personId";
UPDATE "AgreementSignatory" s SET "agreementDate" = a."date" FROM "Agreement" a WHERE a.id = s."agreementId";
UPDATE "AgreementParty" ap SET "agreementDate" = a."date" FROM "Agreement" a WHERE a.id = ap."agreementId";

-- Expression indexes, which the Prisma schema language cannot describe.
-- A person's meetings, newest first.
CREATE INDEX "MeetingParticipant_person_sort_idx" ON "MeetingParticipant" ("personId", (coalesce("meetingDate", '-infinity'::date)) DESC, "meetingId" DESC);
-- The meetings of a country's people, newest first.
CREATE INDEX "MeetingParticipant_country_sort_idx" ON "MeetingParticipant" ("personCountryCode", (coalesce("meetingDate", '-infinity'::date)) DESC, "meetingId" DESC);
-- A person's agreements, newest first.
CREATE INDEX "AgreementSignatory_person_sort_idx" ON "AgreementSignatory" ("personId", (coalesce("agreementDate", '-infinity'::date)) DESC, "agreementId" DESC);
-- A country's agreements, newest first.
CREATE INDEX "AgreementParty_country_sort_idx" ON "AgreementParty" ("countryCode", (coalesce("agreementDate", '-infinity'::date)) DESC, "agreementId" DESC);

-- The copies are kept by the database, not by each writer. Triggers, because the
-- copies must stay right whoever writes: the ingest load, the synthetic COPY
-- loader, test fixtures, a hand-run UPDATE. A copy that drifts from its source
-- would silently page a list in the wrong order, which no query would notice.
-- The loaders still write the copies they know, so that bulk COPY does not pay
-- a trigger call per row; the insert triggers only fill what a writer left out.

-- On insert (or a key change): fill a missing copy from its source row.
CREATE FUNCTION "meeting_participant_sort_keys"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' OR NEW."meetingDate" IS NULL THEN
    SELECT m."date" INTO NEW."meetingDate" FROM "Meeting" m WHERE m.id = NEW."meetingId";
  END IF;
  IF TG_OP = 'UPDATE' OR NEW."personCountryCode" IS NULL THEN
    SELECT p."countryCode" INTO NEW."personCountryCode" FROM "Person" p WHERE p.id = NEW."personId";
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "MeetingParticipant_sort_keys_insert" BEFORE INSERT ON "MeetingParticipant"
  FOR EACH ROW WHEN (NEW."meetingDate" IS NULL OR NEW."personCountryCode" IS NULL)
  EXECUTE FUNCTION "meeting_participant_sort_keys"();
CREATE TRIGGER "MeetingParticipant_sort_keys_update" BEFORE UPDATE OF "meetingId", "personId" ON "MeetingParticipant"
  FOR EACH ROW EXECUTE FUNCTION "meeting_participant_sort_keys"();

CREATE FUNCTION "agreement_junction_sort_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT a."date" INTO NEW."agreementDate" FROM "Agreement" a WHERE a.id = NEW."agreementId";
  RETURN NEW;
END $$;
CREATE TRIGGER "AgreementSignatory_sort_key_insert" BEFORE INSERT ON "AgreementSignatory"
  FOR EACH ROW WHEN (NEW."agreementDate" IS NULL) EXECUTE FUNCTION "agreement_junction_sort_key"();
CREATE TRIGGER "AgreementSignatory_sort_key_update" BEFORE UPDATE OF "agreementId" ON "AgreementSignatory"
  FOR EACH ROW EXECUTE FUNCTION "agreement_junction_sort_key"();
CREATE TRIGGER "AgreementParty_sort_key_insert" BEFORE INSERT ON "AgreementParty"
  FOR EACH ROW WHEN (NEW."agreementDate" IS NULL) EXECUTE FUNCTION "agreement_junction_sort_key"();
CREATE TRIGGER "AgreementParty_sort_key_update" BEFORE UPDATE OF "agreementId" ON "AgreementParty"
  FOR EACH ROW EXECUTE FUNCTION "agreement_junction_sort_key"();

-- When a source changes: rewrite its copies.
CREATE FUNCTION "meeting_date_copies"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "MeetingParticipant" SET "meetingDate" = NEW."date" WHERE "meetingId" = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER "Meeting_date_copies" AFTER UPDATE OF "date" ON "Meeting"
  FOR EACH ROW WHEN (OLD."date" IS DISTINCT FROM NEW."date") EXECUTE FUNCTION "meeting_date_copies"();

CREATE FUNCTION "person_country_copies"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "MeetingParticipant" SET "personCountryCode" = NEW."countryCode" WHERE "personId" = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER "Person_country_copies" AFTER UPDATE OF "countryCode" ON "Person"
  FOR EACH ROW WHEN (OLD."countryCode" IS DISTINCT FROM NEW."countryCode") EXECUTE FUNCTION "person_country_copies"();

CREATE FUNCTION "agreement_date_copies"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "AgreementSignatory" SET "agreementDate" = NEW."date" WHERE "agreementId" = NEW.id;
  UPDATE "AgreementParty" SET "agreementDate" = NEW."date" WHERE "agreementId" = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER "Agreement_date_copies" AFTER UPDATE OF "date" ON "Agreement"
  FOR EACH ROW WHEN (OLD."date" IS DISTINCT FROM NEW."date") EXECUTE FUNCTION "agreement_date_copies"();
