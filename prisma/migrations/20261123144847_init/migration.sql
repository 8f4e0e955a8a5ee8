-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('YEAR', 'MONTH', 'DAY');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('HELD', 'PLANNED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MeetingKind" AS ENUM ('IN_PERSON', 'PHONE_CALL', 'VIDEO_CALL');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('TREATY', 'AGREEMENT', 'CONTRACT', 'MEMORANDUM', 'PACKAGE');

-- CreateEnum
CREATE TYPE "ParticipantRole" AS ENUM ('HOST', 'VISITOR');

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "demonyms" TEXT[],
    "aliases" TEXT[],

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "title" TEXT,
    "publisher" TEXT,
    "agency" TEXT,
    "url" TEXT,
    "publishedAt" DATE,
    "body" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "sourceFiles" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "aliases" TEXT[],
    "nameKeys" TEXT[],
    "countryCode" CHAR(2),

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonRole" (
    "id" SERIAL NOT NULL,
    "personId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "countryCode" CHAR(2),
    "asOf" DATE,
    "asOfPrecision" "DatePrecision",
    "articleId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PersonRole_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticlePerson" (
    "articleId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ArticlePerson_pkey" PRIMARY KEY ("articleId","personId")
);

-- CreateTable
CREATE TABLE "ArticleCountry" (
    "articleId" INTEGER NOT NULL,
    "countryCode" CHAR(2) NOT NULL,
    "quote" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ArticleCountry_pkey" PRIMARY KEY ("articleId","countryCode")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "date" DATE,
    "datePrecision" "DatePrecision",
    "year" INTEGER,
    "status" "MeetingStatus" NOT NULL,
    "kind" "MeetingKind" NOT NULL,
    "city" TEXT,
    "venue" TEXT,
    "countryCode" CHAR(2),
    "summary" TEXT,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingParticipant" (
    "meetingId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "role" "ParticipantRole",

    CONSTRAINT "MeetingParticipant_pkey" PRIMARY KEY ("meetingId","personId")
);

-- CreateTable
CREATE TABLE "MeetingSource" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "MeetingSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "date" DATE,
    "datePrecision" "DatePrecision",
    "year" INTEGER,
    "spanFromYear" INTEGER,
    "spanToYear" INTEGER,
    "documentCount" INTEGER,
    "documentCountApproximate" BOOLEAN NOT NULL DEFAULT false,
    "topics" TEXT[],
    "valueUsd" DOUBLE PRECISION,
    "meetingId" INTEGER,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "agreementId" INTEGER NOT NULL,
    "countryCode" CHAR(2) NOT NULL,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("agreementId","countryCode")
);

-- CreateTable
CREATE TABLE "AgreementSignatory" (
    "agreementId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,

    CONSTRAINT "AgreementSignatory_pkey" PRIMARY KEY ("agreementId","personId")
);

-- CreateTable
CREATE TABLE "AgreementSource" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "AgreementSource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Country_name_idx" ON "Country"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt", "id");

-- CreateIndex
CREATE INDEX "Article_publisher_idx" ON "Article"("publisher");

-- CreateIndex
CREATE UNIQUE INDEX "Person_key_key" ON "Person"("key");

-- CreateIndex
CREATE INDEX "Person_nameKeys_idx" ON "Person" USING GIN ("nameKeys");

-- CreateIndex
CREATE INDEX "Person_countryCode_id_idx" ON "Person"("countryCode", "id");

-- CreateIndex
CREATE INDEX "PersonRole_articleId_idx" ON "PersonRole"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "PersonRole_personId_title_articleId_key" ON "PersonRole"("personId", "title", "articleId");

-- CreateIndex
CREATE INDEX "ArticlePerson_personId_articleId_idx" ON "ArticlePerson"("personId", "articleId");

-- CreateIndex
CREATE INDEX "ArticleCountry_countryCode_articleId_idx" ON "ArticleCountry"("countryCode", "articleId");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_key_key" ON "Meeting"("key");

-- CreateIndex
CREATE INDEX "Meeting_date_id_idx" ON "Meeting"("date", "id");

-- CreateIndex
CREATE INDEX "Meeting_year_id_idx" ON "Meeting"("year", "id");

-- CreateIndex
CREATE INDEX "Meeting_countryCode_date_id_idx" ON "Meeting"("countryCode", "date", "id");

-- CreateIndex
CREATE INDEX "Meeting_status_date_id_idx" ON "Meeting"("status", "date", "id");

-- CreateIndex
CREATE INDEX "MeetingParticipant_personId_meetingId_idx" ON "MeetingParticipant"("personId", "meetingId");

-- CreateIndex
CREATE INDEX "MeetingSource_articleId_idx" ON "MeetingSource"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingSource_meetingId_articleId_position_key" ON "MeetingSource"("meetingId", "articleId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_key_key" ON "Agreement"("key");

-- CreateIndex
CREATE INDEX "Agreement_year_id_idx" ON "Agreement"("year", "id");

-- CreateIndex
CREATE INDEX "Agreement_date_id_idx" ON "Agreement"("date", "id");

-- CreateIndex
CREATE INDEX "Agreement_kind_id_idx" ON "Agreement"("kind", "id");

-- CreateIndex
CREATE INDEX "Agreement_topics_idx" ON "Agreement" USING GIN ("topics");

-- CreateIndex
CREATE INDEX "Agreement_meetingId_idx" ON "Agreement"("meetingId");

-- CreateIndex
CREATE INDEX "AgreementParty_countryCode_agreementId_idx" ON "AgreementParty"("countryCode", "agreementId");

-- CreateIndex
CREATE INDEX "AgreementSignatory_personId_agreementId_idx" ON "AgreementSignatory"("personId", "agreementId");

-- CreateIndex
CREATE INDEX "AgreementSource_articleId_idx" ON "AgreementSource"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementSource_agreementId_articleId_position_key" ON "AgreementSource"("agreementId", "articleId", "position");

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonRole" ADD CONSTRAINT "PersonRole_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePerson" ADD CONSTRAINT "ArticlePerson_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticlePerson" ADD CONSTRAINT "ArticlePerson_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleCountry" ADD CONSTRAINT "ArticleCountry_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleCountry" ADD CONSTRAINT "ArticleCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingParticipant" ADD CONSTRAINT "MeetingParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSource" ADD CONSTRAINT "MeetingSource_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingSource" ADD CONSTRAINT "MeetingSource_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignatory" ADD CONSTRAINT "AgreementSignatory_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSignatory" ADD CONSTRAINT "AgreementSignatory_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSource" ADD CONSTRAINT "AgreementSource_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementSource" ADD CONSTRAINT "AgreementSource_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
