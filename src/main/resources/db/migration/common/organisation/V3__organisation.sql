-- Region (agency) -> establishment -> unit; professions; memberships; roles held within a scope.
-- People are referenced by id only: the person table belongs to the identity module.
CREATE TABLE region (
    id   BIGINT       NOT NULL AUTO_INCREMENT,
    code VARCHAR(40)  NOT NULL,
    name VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_region_code UNIQUE (code)
);

CREATE TABLE establishment (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    region_id BIGINT       NOT NULL,
    code      VARCHAR(40)  NOT NULL,
    name      VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_establishment_code UNIQUE (code),
    CONSTRAINT fk_establishment_region FOREIGN KEY (region_id) REFERENCES region (id)
);
CREATE INDEX ix_establishment_region ON establishment (region_id);

CREATE TABLE org_unit (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    establishment_id BIGINT       NOT NULL,
    name             VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_org_unit_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id)
);
CREATE INDEX ix_org_unit_establishment ON org_unit (establishment_id);

-- The reference list of professions; labels are in the message bundles (profession.<code>).
CREATE TABLE profession (
    code VARCHAR(40) NOT NULL,
    PRIMARY KEY (code)
);
INSERT INTO profession (code) VALUES
    ('medecin'), ('infirmier'), ('aide-soignant'), ('pharmacien'), ('preparateur-pharmacie'), ('sage-femme'),
    ('masseur-kinesitherapeute'), ('manipulateur-radio'), ('cadre-de-sante'), ('secretaire-medicale'),
    ('personnel-administratif'), ('travailleur-social');

CREATE TABLE membership (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    person_id       BIGINT      NOT NULL,
    unit_id         BIGINT      NOT NULL,
    profession_code VARCHAR(40) NOT NULL,
    starts_on       DATE        NOT NULL,
    ends_on         DATE,
    PRIMARY KEY (id),
    CONSTRAINT fk_membership_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_membership_profession FOREIGN KEY (profession_code) REFERENCES profession (code),
    CONSTRAINT ck_membership_dates CHECK (ends_on IS NULL OR ends_on > starts_on)
);
CREATE INDEX ix_membership_person ON membership (person_id);
CREATE INDEX ix_membership_unit ON membership (unit_id);

CREATE TABLE scoped_role (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    person_id        BIGINT      NOT NULL,
    role             VARCHAR(20) NOT NULL,
    region_id        BIGINT,
    establishment_id BIGINT,
    starts_on        DATE        NOT NULL,
    ends_on          DATE,
    PRIMARY KEY (id),
    CONSTRAINT fk_scoped_role_region FOREIGN KEY (region_id) REFERENCES region (id),
    CONSTRAINT fk_scoped_role_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT ck_scoped_role_one_scope CHECK ((region_id IS NULL) <> (establishment_id IS NULL)),
    CONSTRAINT ck_scoped_role_dates CHECK (ends_on IS NULL OR ends_on > starts_on)
);
CREATE INDEX ix_scoped_role_person ON scoped_role (person_id);
