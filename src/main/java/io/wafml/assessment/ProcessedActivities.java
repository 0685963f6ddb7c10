package io.wafml.assessment;

import java.time.Instant;

/** The Teams activities already handled, so a replayed activity has no second effect. */
public interface ProcessedActivities {

    /** Records an activity id; false when it was recorded before (a replay), true for the first call only. */
    boolean markProcessed(String activityId);

    /** Forgets activities recorded before {@code before}, returning how many. */
    int forgetBefore(Instant before);
}
