-- Reminders: each assessment's policy, the durable queue of work that falls due (claimed by one instance at a time),
-- members' snoozes, and members who blocked the bot.

CREATE TABLE reminder_policy (
    assessment_id UUID        NOT NULL PRIMARY KEY REFERENCES assessment (id),
    mode          VARCHAR(16) NOT NULL,
    time_of_day   VARCHAR(5),
    time_zone     VARCHAR(64),
    every_days    INT         NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- kind: SCHEDULED (the next reminder of the policy), DEADLINE (the end of the due date), SNOOZE (a member's
-- reminder after "remind me tomorrow"; member_id is '' for the other kinds).
CREATE TABLE reminder_due (
    id            UUID                     NOT NULL PRIMARY KEY,
    assessment_id UUID                     NOT NULL REFERENCES assessment (id),
    kind          VARCHAR(16)              NOT NULL,
    member_id     VARCHAR(200)             NOT NULL,
    member_name   VARCHAR(200)             NOT NULL,
    due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by    VARCHAR(100),
    claimed_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT reminder_due_once UNIQUE (assessment_id, kind, member_id)
);

CREATE INDEX reminder_due_by_time ON reminder_due (due_at);

CREATE TABLE reminder_snooze (
    assessment_id UUID                     NOT NULL REFERENCES assessment (id),
    member_id     VARCHAR(200)             NOT NULL,
    snoozed_until TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (assessment_id, member_id)
);

CREATE TABLE blocked_member (
    tenant_id  VARCHAR(100)             NOT NULL,
    member_id  VARCHAR(200)             NOT NULL,
    blocked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, member_id)
);
