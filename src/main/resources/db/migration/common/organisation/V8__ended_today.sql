-- A membership or scoped role may end on the day it started (an attribute removed at the identity provider on
-- the day it appeared): history is ended, never deleted.
ALTER TABLE membership DROP CONSTRAINT ck_membership_dates;
ALTER TABLE membership ADD CONSTRAINT ck_membership_dates CHECK (ends_on IS NULL OR ends_on >= starts_on);
ALTER TABLE scoped_role DROP CONSTRAINT ck_scoped_role_dates;
ALTER TABLE scoped_role ADD CONSTRAINT ck_scoped_role_dates CHECK (ends_on IS NULL OR ends_on >= starts_on);
CREATE INDEX ix_scoped_role_person_role ON scoped_role (person_id, role);

-- Where a membership or scoped role comes from: entered in Socle (LOCAL) or maintained from the identity
-- provider's attributes at each sign-in (SSO). Only the latter are ended when the provider stops sending them.
ALTER TABLE membership ADD COLUMN source VARCHAR(10) DEFAULT 'LOCAL' NOT NULL;
ALTER TABLE scoped_role ADD COLUMN source VARCHAR(10) DEFAULT 'LOCAL' NOT NULL;
