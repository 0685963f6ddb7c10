-- Assessments, their answers, team roles, processed Teams activities and conversation references.
-- Portable SQL: runs unchanged on H2 2.x (default mode) and PostgreSQL 15.

CREATE TABLE assessment (
    id                UUID                     NOT NULL PRIMARY KEY,
    tenant_id         VARCHAR(100)             NOT NULL,
    conversation_id   VARCHAR(400)             NOT NULL,
    role_scope        VARCHAR(500)             NOT NULL,
    workload          VARCHAR(100)             NOT NULL,
    workload_key      VARCHAR(100)             NOT NULL,
    facilitator_id    VARCHAR(200)             NOT NULL,
    facilitator_name  VARCHAR(200)             NOT NULL,
    checklist_id      VARCHAR(100)             NOT NULL,
    checklist_version VARCHAR(100)             NOT NULL,
    language_tag      VARCHAR(8)               NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    due_date          DATE,
    time_zone         VARCHAR(64)              NOT NULL,
    status            VARCHAR(16)              NOT NULL,
    sent_at           TIMESTAMP WITH TIME ZONE,
    closed_at         TIMESTAMP WITH TIME ZONE,
    policy            VARCHAR(16)              NOT NULL,
    lock_version      BIGINT                   NOT NULL
);

CREATE INDEX assessment_by_conversation ON assessment (tenant_id, conversation_id, status);
CREATE INDEX assessment_by_scope ON assessment (role_scope, status, workload_key);

CREATE TABLE assessment_co_facilitator (
    assessment_id UUID         NOT NULL REFERENCES assessment (id),
    member_id     VARCHAR(200) NOT NULL,
    member_name   VARCHAR(200) NOT NULL,
    PRIMARY KEY (assessment_id, member_id)
);

CREATE TABLE pillar_role (
    assessment_id UUID        NOT NULL REFERENCES assessment (id),
    pillar_code   VARCHAR(40) NOT NULL,
    role_name     VARCHAR(50) NOT NULL,
    PRIMARY KEY (assessment_id, pillar_code, role_name)
);

CREATE TABLE pillar_member (
    assessment_id UUID         NOT NULL REFERENCES assessment (id),
    pillar_code   VARCHAR(40)  NOT NULL,
    member_id     VARCHAR(200) NOT NULL,
    member_name   VARCHAR(200) NOT NULL,
    PRIMARY KEY (assessment_id, pillar_code, member_id)
);

CREATE TABLE answer (
    assessment_id   UUID                     NOT NULL REFERENCES assessment (id),
    item_id         VARCHAR(40)              NOT NULL,
    respondent_id   VARCHAR(200)             NOT NULL,
    respondent_name VARCHAR(200)             NOT NULL,
    choice          VARCHAR(16)              NOT NULL,
    note            VARCHAR(1000),
    reason          VARCHAR(1000),
    answered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (assessment_id, item_id, respondent_id)
);

CREATE TABLE team_role (
    role_scope VARCHAR(500) NOT NULL,
    name_key   VARCHAR(50)  NOT NULL,
    name       VARCHAR(50)  NOT NULL,
    PRIMARY KEY (role_scope, name_key)
);

CREATE TABLE team_role_member (
    role_scope  VARCHAR(500) NOT NULL,
    name_key    VARCHAR(50)  NOT NULL,
    member_id   VARCHAR(200) NOT NULL,
    member_name VARCHAR(200) NOT NULL,
    PRIMARY KEY (role_scope, name_key, member_id),
    FOREIGN KEY (role_scope, name_key) REFERENCES team_role (role_scope, name_key)
);

CREATE TABLE processed_activity (
    activity_id  VARCHAR(400)             NOT NULL PRIMARY KEY,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX processed_activity_by_time ON processed_activity (processed_at);

CREATE TABLE conversation_reference (
    tenant_id       VARCHAR(100)   NOT NULL,
    conversation_id VARCHAR(400)   NOT NULL,
    reference       VARCHAR(16000) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, conversation_id)
);

CREATE TABLE member_conversation_reference (
    tenant_id  VARCHAR(100)   NOT NULL,
    member_id  VARCHAR(200)   NOT NULL,
    reference  VARCHAR(16000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, member_id)
);
