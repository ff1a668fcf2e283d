-- CreateEnum
CREATE TYPE "JurisdictionKind" AS ENUM ('STATE', 'SUBNATIONAL', 'REGIONAL_ORGANISATION', 'INTERNATIONAL_ORGANISATION');

-- CreateEnum
CREATE TYPE "PublicationState" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'REJECTED');

-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('VERIFIED', 'NEEDS_REVIEW');

-- CreateEnum
CREATE TYPE "InstrumentKind" AS ENUM ('CONSTITUTION', 'STATUTE', 'CODE', 'REGULATION', 'TREATY', 'PROTOCOL', 'DIRECTIVE', 'EU_REGULATION', 'MODEL_LAW', 'GUIDELINE');

-- CreateEnum
CREATE TYPE "InstrumentStatus" AS ENUM ('IN_FORCE', 'PARTLY_IN_FORCE', 'NOT_YET_IN_FORCE', 'REPEALED', 'DRAFT', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "TextKind" AS ENUM ('VERBATIM', 'SUMMARY');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "TreatyActionType" AS ENUM ('SIGNATURE', 'RATIFICATION', 'ACCESSION', 'ACCEPTANCE', 'APPROVAL', 'SUCCESSION', 'DENUNCIATION');

-- CreateEnum
CREATE TYPE "ReservationKind" AS ENUM ('RESERVATION', 'DECLARATION', 'INTERPRETATIVE_DECLARATION', 'NOTIFICATION');

-- CreateEnum
CREATE TYPE "ScoringKind" AS ENUM ('PASS_FAIL', 'SCORE');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('MET', 'PARTIAL', 'NOT_MET', 'RESERVED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "ChangeAction" AS ENUM ('CREATE', 'UPDATE', 'DELETE', 'RESTORE');

-- CreateEnum
CREATE TYPE "ChangeRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ShareAccess" AS ENUM ('READ', 'EDIT');

-- CreateEnum
CREATE TYPE "OutboxOperation" AS ENUM ('UPSERT', 'DELETE');

-- CreateTable
CREATE TABLE "Jurisdiction" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "officialName" TEXT,
    "kind" "JurisdictionKind" NOT NULL,
    "parentId" TEXT,
    "iso3" TEXT,
    "m49Code" TEXT,
    "regionCode" TEXT,
    "regionName" TEXT,
    "subregionCode" TEXT,
    "subregionName" TEXT,
    "notes" TEXT,
    "sourceUrl" TEXT,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "publicationState" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Jurisdiction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "joinedOn" DATE,
    "leftOn" DATE,
    "note" TEXT,
    "sourceUrl" TEXT,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Instrument" (
    "id" TEXT NOT NULL,
    "uri" TEXT NOT NULL,
    "jurisdictionId" TEXT NOT NULL,
    "kind" "InstrumentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "shortTitle" TEXT,
    "officialCitation" TEXT,
    "officialUrl" TEXT,
    "adoptedOn" DATE,
    "inForceOn" DATE,
    "repealedOn" DATE,
    "status" "InstrumentStatus" NOT NULL DEFAULT 'IN_FORCE',
    "summary" TEXT,
    "language" TEXT,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "publicationState" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Instrument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstrumentVersion" (
    "id" TEXT NOT NULL,
    "instrumentId" TEXT NOT NULL,
    "expressionUri" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "asAt" DATE,
    "validFrom" DATE,
    "validTo" DATE,
    "title" TEXT,
    "sourceUrl" TEXT,
    "note" TEXT,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "publicationState" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "InstrumentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Provision" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "eId" TEXT NOT NULL,
    "parentId" TEXT,
    "num" TEXT,
    "heading" TEXT,
    "text" TEXT NOT NULL,
    "textKind" "TextKind" NOT NULL DEFAULT 'SUMMARY',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "citation" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "publicationState" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Provision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "parentId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProvisionTopic" (
    "provisionId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,

    CONSTRAINT "ProvisionTopic_pkey" PRIMARY KEY ("provisionId","topicId")
);

-- CreateTable
CREATE TABLE "Concept" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Concept_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Definition" (
    "id" TEXT NOT NULL,
    "conceptId" TEXT NOT NULL,
    "jurisdictionId" TEXT NOT NULL,
    "provisionId" TEXT,
    "term" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "textKind" "TextKind" NOT NULL DEFAULT 'SUMMARY',
    "features" JSONB NOT NULL DEFAULT '{}',
    "citation" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "language" TEXT,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "publicationState" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Definition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgeBenchmarkKind" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgeBenchmarkKind_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgeBenchmark" (
    "id" TEXT NOT NULL,
    "jurisdictionId" TEXT NOT NULL,
    "kindId" TEXT NOT NULL,
    "age" INTEGER,
    "conditions" TEXT,
    "provisionId" TEXT,
    "citation" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "validFrom" DATE,
    "validTo" DATE,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "publicationState" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "AgeBenchmark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TreatyAction" (
    "id" TEXT NOT NULL,
    "treatyId" TEXT NOT NULL,
    "jurisdictionId" TEXT NOT NULL,
    "action" "TreatyActionType" NOT NULL,
    "actionDate" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "depositaryRef" TEXT,
    "note" TEXT,
    "sourceUrl" TEXT,
    "lastVerifiedOn" DATE,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "publicationState" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "TreatyAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reservation" (
    "id" TEXT NOT NULL,
    "treatyId" TEXT NOT NULL,
    "jurisdictionId" TEXT NOT NULL,
    "kind" "ReservationKind" NOT NULL DEFAULT 'RESERVATION',
    "articles" TEXT[],
    "text" TEXT NOT NULL,
    "textKind" "TextKind" NOT NULL DEFAULT 'SUMMARY',
    "madeOn" DATE,
    "withdrawnOn" DATE,
    "sourceUrl" TEXT,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "publicationState" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Reservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BaselineStandard" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "edition" TEXT,
    "description" TEXT,
    "sourceUrl" TEXT,
    "instrumentId" TEXT,
    "publishedOn" DATE,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "publicationState" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "BaselineStandard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Criterion" (
    "id" TEXT NOT NULL,
    "standardId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "topicId" TEXT,
    "scoring" "ScoringKind" NOT NULL DEFAULT 'PASS_FAIL',
    "maxScore" INTEGER,
    "articleRef" TEXT,
    "sourceProvisionId" TEXT,
    "sufficiencyGroup" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "publicationState" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Criterion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CriterionElement" (
    "id" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "articleRef" TEXT,
    "reservableArticle" TEXT,
    "derivationRule" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CriterionElement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "jurisdictionId" TEXT NOT NULL,
    "criterionId" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'UNKNOWN',
    "score" INTEGER,
    "rationale" TEXT NOT NULL,
    "assessedById" TEXT,
    "assessedOn" DATE,
    "verification" "VerificationStatus" NOT NULL DEFAULT 'NEEDS_REVIEW',
    "publicationState" "PublicationState" NOT NULL DEFAULT 'PUBLISHED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentEvidence" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "provisionId" TEXT NOT NULL,
    "pinpoint" TEXT,
    "note" TEXT,

    CONSTRAINT "AssessmentEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentElementResult" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "elementId" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'UNKNOWN',
    "provisionId" TEXT,
    "pinpoint" TEXT,
    "note" TEXT,

    CONSTRAINT "AssessmentElementResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Crosswalk" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Crosswalk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrosswalkEntry" (
    "id" TEXT NOT NULL,
    "crosswalkId" TEXT NOT NULL,
    "provisionId" TEXT,
    "criterionId" TEXT,
    "note" TEXT,

    CONSTRAINT "CrosswalkEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Draft" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "purpose" TEXT,
    "ownerId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftJurisdiction" (
    "draftId" TEXT NOT NULL,
    "jurisdictionId" TEXT NOT NULL,

    CONSTRAINT "DraftJurisdiction_pkey" PRIMARY KEY ("draftId","jurisdictionId")
);

-- CreateTable
CREATE TABLE "DraftClause" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "heading" TEXT,
    "text" TEXT NOT NULL,
    "sourceProvisionId" TEXT,
    "sourceCitation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DraftClause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftClauseLink" (
    "id" TEXT NOT NULL,
    "clauseId" TEXT NOT NULL,
    "criterionId" TEXT,
    "conceptId" TEXT,

    CONSTRAINT "DraftClauseLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftShare" (
    "draftId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "access" "ShareAccess" NOT NULL DEFAULT 'READ',

    CONSTRAINT "DraftShare_pkey" PRIMARY KEY ("draftId","userId")
);

-- CreateTable
CREATE TABLE "DraftSnapshot" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'viewer',
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rateLimit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "rateLimit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" "ChangeAction" NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "userId" TEXT,
    "actor" TEXT,
    "changeRequestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChangeRequest" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "action" "ChangeAction" NOT NULL,
    "payload" JSONB NOT NULL,
    "baseVersion" INTEGER,
    "status" "ChangeRequestStatus" NOT NULL DEFAULT 'PENDING',
    "authorId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "reviewComment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reviewedAt" TIMESTAMP(3),

    CONSTRAINT "ChangeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportMapping" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportMapping_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SearchOutbox" (
    "id" BIGSERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "operation" "OutboxOperation" NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "availableAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_state" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "app_state_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Jurisdiction_code_key" ON "Jurisdiction"("code");

-- CreateIndex
CREATE INDEX "Jurisdiction_kind_idx" ON "Jurisdiction"("kind");

-- CreateIndex
CREATE INDEX "Jurisdiction_regionCode_subregionCode_idx" ON "Jurisdiction"("regionCode", "subregionCode");

-- CreateIndex
CREATE INDEX "Jurisdiction_parentId_idx" ON "Jurisdiction"("parentId");

-- CreateIndex
CREATE INDEX "Jurisdiction_name_idx" ON "Jurisdiction"("name");

-- CreateIndex
CREATE INDEX "Membership_memberId_idx" ON "Membership"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_organisationId_memberId_key" ON "Membership"("organisationId", "memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Instrument_uri_key" ON "Instrument"("uri");

-- CreateIndex
CREATE INDEX "Instrument_jurisdictionId_idx" ON "Instrument"("jurisdictionId");

-- CreateIndex
CREATE INDEX "Instrument_kind_idx" ON "Instrument"("kind");

-- CreateIndex
CREATE INDEX "Instrument_inForceOn_idx" ON "Instrument"("inForceOn");

-- CreateIndex
CREATE UNIQUE INDEX "InstrumentVersion_expressionUri_key" ON "InstrumentVersion"("expressionUri");

-- CreateIndex
CREATE INDEX "InstrumentVersion_instrumentId_validFrom_idx" ON "InstrumentVersion"("instrumentId", "validFrom");

-- CreateIndex
CREATE INDEX "Provision_parentId_idx" ON "Provision"("parentId");

-- CreateIndex
CREATE INDEX "Provision_versionId_sortOrder_idx" ON "Provision"("versionId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Provision_versionId_eId_key" ON "Provision"("versionId", "eId");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "Topic_parentId_idx" ON "Topic"("parentId");

-- CreateIndex
CREATE INDEX "ProvisionTopic_topicId_idx" ON "ProvisionTopic"("topicId");

-- CreateIndex
CREATE UNIQUE INDEX "Concept_slug_key" ON "Concept"("slug");

-- CreateIndex
CREATE INDEX "Definition_conceptId_jurisdictionId_idx" ON "Definition"("conceptId", "jurisdictionId");

-- CreateIndex
CREATE INDEX "Definition_jurisdictionId_idx" ON "Definition"("jurisdictionId");

-- CreateIndex
CREATE INDEX "Definition_provisionId_idx" ON "Definition"("provisionId");

-- CreateIndex
CREATE UNIQUE INDEX "AgeBenchmarkKind_code_key" ON "AgeBenchmarkKind"("code");

-- CreateIndex
CREATE INDEX "AgeBenchmark_jurisdictionId_kindId_idx" ON "AgeBenchmark"("jurisdictionId", "kindId");

-- CreateIndex
CREATE INDEX "AgeBenchmark_kindId_age_idx" ON "AgeBenchmark"("kindId", "age");

-- CreateIndex
CREATE INDEX "TreatyAction_treatyId_jurisdictionId_actionDate_idx" ON "TreatyAction"("treatyId", "jurisdictionId", "actionDate");

-- CreateIndex
CREATE INDEX "TreatyAction_jurisdictionId_idx" ON "TreatyAction"("jurisdictionId");

-- CreateIndex
CREATE INDEX "Reservation_treatyId_jurisdictionId_idx" ON "Reservation"("treatyId", "jurisdictionId");

-- CreateIndex
CREATE INDEX "Reservation_jurisdictionId_idx" ON "Reservation"("jurisdictionId");

-- CreateIndex
CREATE UNIQUE INDEX "BaselineStandard_slug_key" ON "BaselineStandard"("slug");

-- CreateIndex
CREATE INDEX "Criterion_topicId_idx" ON "Criterion"("topicId");

-- CreateIndex
CREATE UNIQUE INDEX "Criterion_standardId_code_key" ON "Criterion"("standardId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "CriterionElement_criterionId_code_key" ON "CriterionElement"("criterionId", "code");

-- CreateIndex
CREATE INDEX "Assessment_criterionId_status_idx" ON "Assessment"("criterionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_jurisdictionId_criterionId_key" ON "Assessment"("jurisdictionId", "criterionId");

-- CreateIndex
CREATE INDEX "AssessmentEvidence_provisionId_idx" ON "AssessmentEvidence"("provisionId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentEvidence_assessmentId_provisionId_key" ON "AssessmentEvidence"("assessmentId", "provisionId");

-- CreateIndex
CREATE INDEX "AssessmentElementResult_elementId_idx" ON "AssessmentElementResult"("elementId");

-- CreateIndex
CREATE INDEX "AssessmentElementResult_provisionId_idx" ON "AssessmentElementResult"("provisionId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentElementResult_assessmentId_elementId_key" ON "AssessmentElementResult"("assessmentId", "elementId");

-- CreateIndex
CREATE UNIQUE INDEX "Crosswalk_slug_key" ON "Crosswalk"("slug");

-- CreateIndex
CREATE INDEX "CrosswalkEntry_crosswalkId_idx" ON "CrosswalkEntry"("crosswalkId");

-- CreateIndex
CREATE INDEX "CrosswalkEntry_provisionId_idx" ON "CrosswalkEntry"("provisionId");

-- CreateIndex
CREATE INDEX "CrosswalkEntry_criterionId_idx" ON "CrosswalkEntry"("criterionId");

-- CreateIndex
CREATE INDEX "Draft_ownerId_idx" ON "Draft"("ownerId");

-- CreateIndex
CREATE INDEX "DraftClause_draftId_sortOrder_idx" ON "DraftClause"("draftId", "sortOrder");

-- CreateIndex
CREATE INDEX "DraftClauseLink_clauseId_idx" ON "DraftClauseLink"("clauseId");

-- CreateIndex
CREATE INDEX "DraftShare_userId_idx" ON "DraftShare"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "DraftSnapshot_draftId_versionNumber_key" ON "DraftSnapshot"("draftId", "versionNumber");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rateLimit_key_key" ON "rateLimit"("key");

-- CreateIndex
CREATE INDEX "Revision_entityType_entityId_createdAt_idx" ON "Revision"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "Revision_createdAt_idx" ON "Revision"("createdAt");

-- CreateIndex
CREATE INDEX "Revision_userId_idx" ON "Revision"("userId");

-- CreateIndex
CREATE INDEX "ChangeRequest_status_createdAt_idx" ON "ChangeRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "ChangeRequest_entityType_entityId_idx" ON "ChangeRequest"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "ChangeRequest_authorId_idx" ON "ChangeRequest"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "ImportMapping_recordType_name_key" ON "ImportMapping"("recordType", "name");

-- CreateIndex
CREATE INDEX "SearchOutbox_processedAt_availableAt_idx" ON "SearchOutbox"("processedAt", "availableAt");

-- AddForeignKey
ALTER TABLE "Jurisdiction" ADD CONSTRAINT "Jurisdiction_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Jurisdiction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Jurisdiction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Jurisdiction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Instrument" ADD CONSTRAINT "Instrument_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstrumentVersion" ADD CONSTRAINT "InstrumentVersion_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provision" ADD CONSTRAINT "Provision_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "InstrumentVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Provision" ADD CONSTRAINT "Provision_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Provision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvisionTopic" ADD CONSTRAINT "ProvisionTopic_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProvisionTopic" ADD CONSTRAINT "ProvisionTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Definition" ADD CONSTRAINT "Definition_conceptId_fkey" FOREIGN KEY ("conceptId") REFERENCES "Concept"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Definition" ADD CONSTRAINT "Definition_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Definition" ADD CONSTRAINT "Definition_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgeBenchmark" ADD CONSTRAINT "AgeBenchmark_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgeBenchmark" ADD CONSTRAINT "AgeBenchmark_kindId_fkey" FOREIGN KEY ("kindId") REFERENCES "AgeBenchmarkKind"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgeBenchmark" ADD CONSTRAINT "AgeBenchmark_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatyAction" ADD CONSTRAINT "TreatyAction_treatyId_fkey" FOREIGN KEY ("treatyId") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TreatyAction" ADD CONSTRAINT "TreatyAction_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reservation" ADD CONSTRAINT "Reservation_treatyId_fkey" FOREIGN KEY ("treatyId") REFERENCES "Instrument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reservation" ADD CONSTRAINT "Reservation_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BaselineStandard" ADD CONSTRAINT "BaselineStandard_instrumentId_fkey" FOREIGN KEY ("instrumentId") REFERENCES "Instrument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_standardId_fkey" FOREIGN KEY ("standardId") REFERENCES "BaselineStandard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Criterion" ADD CONSTRAINT "Criterion_sourceProvisionId_fkey" FOREIGN KEY ("sourceProvisionId") REFERENCES "Provision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CriterionElement" ADD CONSTRAINT "CriterionElement_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_assessedById_fkey" FOREIGN KEY ("assessedById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentEvidence" ADD CONSTRAINT "AssessmentEvidence_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentEvidence" ADD CONSTRAINT "AssessmentEvidence_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentElementResult" ADD CONSTRAINT "AssessmentElementResult_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentElementResult" ADD CONSTRAINT "AssessmentElementResult_elementId_fkey" FOREIGN KEY ("elementId") REFERENCES "CriterionElement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentElementResult" ADD CONSTRAINT "AssessmentElementResult_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrosswalkEntry" ADD CONSTRAINT "CrosswalkEntry_crosswalkId_fkey" FOREIGN KEY ("crosswalkId") REFERENCES "Crosswalk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrosswalkEntry" ADD CONSTRAINT "CrosswalkEntry_provisionId_fkey" FOREIGN KEY ("provisionId") REFERENCES "Provision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrosswalkEntry" ADD CONSTRAINT "CrosswalkEntry_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Draft" ADD CONSTRAINT "Draft_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftJurisdiction" ADD CONSTRAINT "DraftJurisdiction_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftJurisdiction" ADD CONSTRAINT "DraftJurisdiction_jurisdictionId_fkey" FOREIGN KEY ("jurisdictionId") REFERENCES "Jurisdiction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftClause" ADD CONSTRAINT "DraftClause_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftClause" ADD CONSTRAINT "DraftClause_sourceProvisionId_fkey" FOREIGN KEY ("sourceProvisionId") REFERENCES "Provision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftClauseLink" ADD CONSTRAINT "DraftClauseLink_clauseId_fkey" FOREIGN KEY ("clauseId") REFERENCES "DraftClause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftClauseLink" ADD CONSTRAINT "DraftClauseLink_criterionId_fkey" FOREIGN KEY ("criterionId") REFERENCES "Criterion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftClauseLink" ADD CONSTRAINT "DraftClauseLink_conceptId_fkey" FOREIGN KEY ("conceptId") REFERENCES "Concept"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftShare" ADD CONSTRAINT "DraftShare_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftShare" ADD CONSTRAINT "DraftShare_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftSnapshot" ADD CONSTRAINT "DraftSnapshot_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "Draft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_changeRequestId_fkey" FOREIGN KEY ("changeRequestId") REFERENCES "ChangeRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeRequest" ADD CONSTRAINT "ChangeRequest_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportMapping" ADD CONSTRAINT "ImportMapping_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
