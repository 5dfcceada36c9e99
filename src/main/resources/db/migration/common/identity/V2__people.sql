-- People and their local accounts. password_hash is null for people who sign in only through single sign-on.
CREATE TABLE person (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254),
    password_hash VARCHAR(200),
    enabled       BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_person_username UNIQUE (username)
);

CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(20) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_person_role_role CHECK (role IN ('LEARNER', 'TRAINER', 'MANAGER', 'COORDINATOR', 'ADMIN'))
);
