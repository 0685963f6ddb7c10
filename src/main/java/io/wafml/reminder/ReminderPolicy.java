package io.wafml.reminder;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * When an assessment's members are reminded: the default plan (one and three working days after sending and the day
 * before the due date), every working day at a time, every n days, or never.
 *
 * @param time the time of day of DAILY reminders
 * @param zone the time zone of DAILY reminders; empty means the assessment's zone
 * @param everyDays the interval of EVERY reminders, in days
 */
public record ReminderPolicy(Mode mode, Optional<LocalTime> time, Optional<ZoneId> zone, int everyDays) {

    /** The kinds of policy. */
    public enum Mode {
        DEFAULT,
        DAILY,
        EVERY,
        OFF
    }

    /** The longest interval of {@code every <n>d}. */
    public static final int MAX_EVERY_DAYS = 30;

    public ReminderPolicy {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        if (mode == Mode.DAILY && time.isEmpty()) {
            throw new IllegalArgumentException("A daily policy needs a time of day");
        }
        if (mode == Mode.EVERY && (everyDays < 1 || everyDays > MAX_EVERY_DAYS)) {
            throw new IllegalArgumentException("every <n>d needs 1 to " + MAX_EVERY_DAYS + " days: " + everyDays);
        }
        if (mode != Mode.EVERY) {
            everyDays = 0;
        }
    }

    public static ReminderPolicy defaults() {
        return new ReminderPolicy(Mode.DEFAULT, Optional.empty(), Optional.empty(), 0);
    }

    public static ReminderPolicy daily(LocalTime time, Optional<ZoneId> zone) {
        return new ReminderPolicy(Mode.DAILY, Optional.of(time), zone, 0);
    }

    public static ReminderPolicy every(int days) {
        return new ReminderPolicy(Mode.EVERY, Optional.empty(), Optional.empty(), days);
    }

    public static ReminderPolicy off() {
        return new ReminderPolicy(Mode.OFF, Optional.empty(), Optional.empty(), 0);
    }
}
