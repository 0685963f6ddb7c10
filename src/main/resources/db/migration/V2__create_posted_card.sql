-- The messages the bot posted for each category of an assessment, so it can update their progress in place.

CREATE TABLE posted_card (
    assessment_id   UUID         NOT NULL REFERENCES assessment (id),
    category_id     VARCHAR(100) NOT NULL,
    activity_id     VARCHAR(400) NOT NULL,
    posted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (assessment_id, category_id)
);
