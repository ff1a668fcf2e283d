-- A law a court has blocked from being enforced (an injunction or suspension), such as several US
-- state age-verification and minors' social-media laws (issue 16). Current status only: the
-- instrument's summary names the court, the case and the date.
ALTER TYPE "InstrumentStatus" ADD VALUE IF NOT EXISTS 'ENJOINED' AFTER 'NOT_YET_IN_FORCE';
