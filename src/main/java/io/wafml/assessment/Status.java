package io.wafml.assessment;

/** The life cycle of an assessment: open for answers, then finished (scored) or cancelled. */
public enum Status {
    OPEN,
    FINISHED,
    CANCELLED
}
