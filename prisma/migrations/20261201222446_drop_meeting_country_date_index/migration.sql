-- DropIndex
DROP INDEX "Meeting_countryCode_date_id_idx";
