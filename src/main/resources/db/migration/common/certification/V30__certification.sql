-- Certification programmes as versions, like curricula: a changed programme (in content/certifications/ or
-- edited by an administrator) becomes a new version; earlier versions and the certificates resting on them
-- stay. The criteria are kept as written, with the required modules of each named curriculum at that time.
-- A programme whatever its version: where it comes from, and whether it is still offered. A programme whose
-- file left content/certifications/ is retired, not deleted: its certificates stay valid and verifiable.
CREATE TABLE certification_programme (
    slug        VARCHAR(100) NOT NULL,
    origin      VARCHAR(20)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    retired_at  DATETIME(6),
    PRIMARY KEY (slug)
);

CREATE TABLE certification_programme_version (
    id                            BIGINT        NOT NULL AUTO_INCREMENT,
    slug                          VARCHAR(100)  NOT NULL,
    version_number                INT           NOT NULL,
    content_hash                  VARCHAR(64)   NOT NULL,
    origin                        VARCHAR(20)   NOT NULL,
    role                          VARCHAR(40)   NOT NULL,
    title_fr                      VARCHAR(300)  NOT NULL,
    title_en                      VARCHAR(300),
    description_fr                VARCHAR(2000),
    description_en                VARCHAR(2000),
    criteria                      TEXT          NOT NULL,
    validity_months               INT           NOT NULL,
    recertification_window_months INT           NOT NULL,
    grace_months                  INT           NOT NULL,
    dpc_action_type               VARCHAR(40),
    dpc_orientation               VARCHAR(300),
    dpc_method                    VARCHAR(300),
    dpc_duration_hours            INT,
    saved_by                      BIGINT,
    created_at                    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_certification_programme_version UNIQUE (slug, version_number)
);

-- A piece of evidence submitted by a learner for a programme's evidence item. A submission sent back is kept;
-- the learner submits again as a new row. The file, if any, is stored here (never in a served folder), with
-- the type found in its first bytes.
CREATE TABLE certification_evidence (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    person_id       BIGINT        NOT NULL,
    programme_slug  VARCHAR(100)  NOT NULL,
    evidence_key    VARCHAR(100)  NOT NULL,
    body            TEXT          NOT NULL,
    file_name       VARCHAR(200),
    file_type       VARCHAR(60),
    file_size       INT,
    file_content    LONGBLOB,
    state           VARCHAR(20)   NOT NULL,
    submitted_at    DATETIME(6)   NOT NULL,
    reviewed_by     BIGINT,
    reviewed_at     DATETIME(6),
    review_comment  VARCHAR(2000),
    PRIMARY KEY (id)
);
CREATE INDEX ix_certification_evidence_person ON certification_evidence (person_id, programme_slug, evidence_key);
CREATE INDEX ix_certification_evidence_state ON certification_evidence (state, submitted_at);

-- A certificate. One per person, programme and cycle: the unique key makes issuance happen once however many
-- events arrive together. A recertification is the next cycle and names the certificate it renews. Never
-- deleted; revocation keeps who, when and why. holder_name is the name at issuance, kept so that the
-- certificate stays verifiable.
CREATE TABLE certificate (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    number                VARCHAR(20)   NOT NULL,
    person_id             BIGINT        NOT NULL,
    holder_name           VARCHAR(300)  NOT NULL,
    programme_slug        VARCHAR(100)  NOT NULL,
    programme_version_id  BIGINT        NOT NULL,
    cycle                 INT           NOT NULL,
    previous_id           BIGINT,
    issued_at             DATETIME(6)   NOT NULL,
    issued_on             DATE          NOT NULL,
    expires_on            DATE          NOT NULL,
    window_opens_on       DATE          NOT NULL,
    grace_ends_on         DATE          NOT NULL,
    started_on            DATE          NOT NULL,
    awarded_by            BIGINT,
    revoked_at            DATETIME(6),
    revoked_by            BIGINT,
    revocation_reason     VARCHAR(1000),
    PRIMARY KEY (id),
    CONSTRAINT uk_certificate_number UNIQUE (number),
    CONSTRAINT uk_certificate_cycle UNIQUE (person_id, programme_slug, cycle),
    CONSTRAINT fk_certificate_programme FOREIGN KEY (programme_version_id) REFERENCES certification_programme_version (id),
    CONSTRAINT fk_certificate_previous FOREIGN KEY (previous_id) REFERENCES certificate (id)
);
CREATE INDEX ix_certificate_expiry ON certificate (expires_on);

-- What a certificate rests on: the module versions completed or scored, and the evidence validated.
CREATE TABLE certificate_module (
    certificate_id    BIGINT       NOT NULL,
    module_slug       VARCHAR(100) NOT NULL,
    module_version_id BIGINT       NOT NULL,
    best_score        INT,
    PRIMARY KEY (certificate_id, module_slug),
    CONSTRAINT fk_certificate_module_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
);

CREATE TABLE certificate_evidence (
    certificate_id BIGINT NOT NULL,
    evidence_id    BIGINT NOT NULL,
    PRIMARY KEY (certificate_id, evidence_id),
    CONSTRAINT fk_certificate_evidence_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id),
    CONSTRAINT fk_certificate_evidence_evidence FOREIGN KEY (evidence_id) REFERENCES certification_evidence (id)
);
