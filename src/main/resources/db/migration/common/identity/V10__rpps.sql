-- The RPPS number of health professionals (national directory), as sent by the identity provider or entered
-- by an administrator: it matches people in staff imports.
ALTER TABLE person ADD COLUMN rpps VARCHAR(20);
ALTER TABLE person ADD CONSTRAINT uk_person_rpps UNIQUE (rpps);
