package io.wafml.reminder;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the reminders ({@code wafml.reminders.*}).
 *
 * @param pollInterval how often the queue is checked for reminders that fell due
 * @param enabled whether this instance polls the queue at all (tests and maintenance switch it off)
 * @param defaultZone the time zone of assessments that name none
 * @param reminderTime the time of day of default and every-n-days reminders, in the assessment's zone
 * @param workingDays the days reminders are sent on
 * @param claimLease how long an instance owns a claimed reminder before another may take it over
 * @param retryDelay when a failed reminder is tried again
 * @param batchSize the most reminders one poll handles
 */
@ConfigurationProperties("wafml.reminders")
public record ReminderProperties(
        @DefaultValue("30s") Duration pollInterval,
        @DefaultValue("true") boolean enabled,
        @DefaultValue("UTC") ZoneId defaultZone,
        @DefaultValue("10:00") LocalTime reminderTime,

        @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"})
        Set<DayOfWeek> workingDays,

        @DefaultValue("5m") Duration claimLease,
        @DefaultValue("5m") Duration retryDelay,
        @DefaultValue("100") int batchSize) {

    public ReminderProperties {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("wafml.reminders.poll-interval must be positive");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("wafml.reminders.batch-size must be at least 1");
        }
    }
}
