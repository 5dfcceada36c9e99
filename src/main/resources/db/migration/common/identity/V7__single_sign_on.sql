-- A person known to the identity provider is linked by the provider's stable subject ("sub").
ALTER TABLE person ADD COLUMN external_subject VARCHAR(255);
ALTER TABLE person ADD CONSTRAINT uk_person_external_subject UNIQUE (external_subject);
