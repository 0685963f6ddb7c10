package io.wafml.assessment;

import java.time.Instant;
import java.util.Optional;

/** The Teams activities already handled, so a replayed activity has no second effect. */
public interface ProcessedActivities {

    /** Records an activity id; false when it was recorded before (a replay), true for the first call only. */
    boolean markProcessed(String activityId);

    /**
     * Claims an activity for handling. Empty when it was handled before; while another instance holds a claim on the
     * same id, waits until that one is completed (then empty) or released (then this call gets the claim). A claim
     * whose holder dies without completing it is released by the database, so a retry is handled again.
     */
    Optional<Claim> claim(String activityId);

    /** Forgets activities recorded before {@code before}, returning how many. */
    int forgetBefore(Instant before);

    /** A held claim on one activity: completed once its handling succeeded, released when it failed. */
    interface Claim {

        /** Records the activity as handled for good. */
        void complete();

        /** Gives the activity up so that a retry of it is handled again. */
        void release();
    }
}
