-- The Entra object id and display name of each member the bot has heard from, keyed by the Teams user id that the
-- answers, roles and assignments use.

CREATE TABLE member_identity (
    tenant_id      VARCHAR(100) NOT NULL,
    member_id      VARCHAR(200) NOT NULL,
    aad_object_id  VARCHAR(100),
    member_name    VARCHAR(200) NOT NULL,
    seen_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, member_id)
);
