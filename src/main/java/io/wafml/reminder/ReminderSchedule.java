package io.wafml.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Pure computation of reminder times: on working days only, at a local time of day in a time zone (a time that a
 * daylight-saving change skips moves forward by the gap; a repeated one takes its first occurrence), and always
 * before the end of the due date.
 */
public final class ReminderSchedule {

    private static final int SEARCH_DAYS = 400;

    /** What the schedule depends on: when the cards were sent, the due date, and the assessment's time zone. */
    public record Facts(Instant sentAt, Optional<LocalDate> due, ZoneId zone) {

        public Facts {
            Objects.requireNonNull(sentAt, "sentAt");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(zone, "zone");
        }

        /** The end of the due date in the assessment's zone. */
        public Optional<Instant> deadline() {
            return due.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    private final WorkingDays days;
    private final LocalTime defaultTime;

    public ReminderSchedule(WorkingDays days, LocalTime defaultTime) {
        this.days = Objects.requireNonNull(days, "days");
        this.defaultTime = Objects.requireNonNull(defaultTime, "defaultTime");
    }

    /** The first reminder strictly after {@code after} (and after sending) and before the deadline, if any. */
    public Optional<Instant> next(ReminderPolicy policy, Facts facts, Instant after) {
        Instant from = after.isAfter(facts.sentAt()) ? after : facts.sentAt();
        Optional<Instant> next = switch (policy.mode()) {
            case DEFAULT -> defaultPlan(facts, from);
            case DAILY -> daily(policy, facts, from);
            case EVERY -> every(policy.everyDays(), facts, from);
            case OFF -> Optional.empty();
        };
        return next.filter(t -> facts.deadline().map(t::isBefore).orElse(true));
    }

    /** When "remind me tomorrow" ends: the next working day after today, at the policy's time of day. */
    public Instant snoozeUntil(ReminderPolicy policy, Facts facts, Instant now) {
        ZoneId zone = zoneOf(policy, facts);
        LocalDate tomorrow = days.plus(LocalDate.ofInstant(now, zone), 1);
        return at(tomorrow, policy.time().orElse(defaultTime), zone);
    }

    private Optional<Instant> defaultPlan(Facts facts, Instant from) {
        LocalDate sent = LocalDate.ofInstant(facts.sentAt(), facts.zone());
        return Stream.concat(
                        Stream.of(days.plus(sent, 1), days.plus(sent, 3)),
                        facts.due().map(d -> days.sameOrPrevious(d.minusDays(1))).stream())
                .map(d -> at(d, defaultTime, facts.zone()))
                .filter(t -> t.isAfter(from))
                .min(Instant::compareTo);
    }

    private Optional<Instant> daily(ReminderPolicy policy, Facts facts, Instant from) {
        ZoneId zone = zoneOf(policy, facts);
        LocalDate date = LocalDate.ofInstant(from, zone);
        for (int i = 0; i < SEARCH_DAYS; i++, date = date.plusDays(1)) {
            Instant t = at(date, policy.time().orElseThrow(), zone);
            if (days.isWorkingDay(date) && t.isAfter(from)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private Optional<Instant> every(int interval, Facts facts, Instant from) {
        LocalDate sent = LocalDate.ofInstant(facts.sentAt(), facts.zone());
        long elapsed = ChronoUnit.DAYS.between(sent, LocalDate.ofInstant(from, facts.zone()));
        for (long k = Math.max(1, elapsed / interval - 1); k < elapsed / interval + SEARCH_DAYS; k++) {
            LocalDate date = days.sameOrNext(sent.plusDays(k * interval));
            Instant t = at(date, defaultTime, facts.zone());
            if (t.isAfter(from)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static ZoneId zoneOf(ReminderPolicy policy, Facts facts) {
        return policy.zone().orElse(facts.zone());
    }

    private static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}
