package io.wafml.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    final ReminderSchedule schedule = new ReminderSchedule(WorkingDays.mondayToFriday(), LocalTime.of(10, 0));

    @Test
    void countsWorkingDaysOverWeekends() {
        WorkingDays days = WorkingDays.mondayToFriday();
        LocalDate friday = LocalDate.of(2026, 12, 4);

        assertThat(days.plus(friday, 1)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(days.plus(friday, 3)).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(days.sameOrPrevious(LocalDate.of(2026, 12, 6))).isEqualTo(friday);
        assertThat(days.sameOrNext(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(days.isWorkingDay(LocalDate.of(2026, 12, 5))).isFalse();
    }

    @Test
    void defaultPlanRemindsOneAndThreeWorkingDaysAfterSendingAndTheDayBeforeTheDueDate() {
        Instant sent = at(2026, 12, 4, 15, 0, TOKYO);
        var facts = new ReminderSchedule.Facts(sent, Optional.of(LocalDate.of(2026, 12, 18)), TOKYO);

        assertThat(all(ReminderPolicy.defaults(), facts))
                .containsExactly(
                        at(2026, 12, 7, 10, 0, TOKYO), at(2026, 12, 9, 10, 0, TOKYO), at(2026, 12, 17, 10, 0, TOKYO));
    }

    @Test
    void defaultPlanMovesTheDayBeforeAMondayDueDateToFriday() {
        Instant sent = at(2026, 12, 1, 9, 0, TOKYO);
        var facts = new ReminderSchedule.Facts(sent, Optional.of(LocalDate.of(2026, 12, 14)), TOKYO);

        assertThat(all(ReminderPolicy.defaults(), facts)).last().isEqualTo(at(2026, 12, 11, 10, 0, TOKYO));
    }

    @Test
    void defaultPlanWithoutDueDateEndsAfterTheSecondReminder() {
        var facts = new ReminderSchedule.Facts(at(2026, 12, 7, 9, 0, TOKYO), Optional.empty(), TOKYO);

        assertThat(all(ReminderPolicy.defaults(), facts))
                .containsExactly(at(2026, 12, 8, 10, 0, TOKYO), at(2026, 12, 10, 10, 0, TOKYO));
    }

    @Test
    void noReminderAfterTheDueDate() {
        Instant sent = at(2026, 12, 7, 9, 0, TOKYO);
        var facts = new ReminderSchedule.Facts(sent, Optional.of(LocalDate.of(2026, 12, 8)), TOKYO);

        assertThat(all(ReminderPolicy.defaults(), facts))
                .containsExactly(at(2026, 12, 7, 10, 0, TOKYO), at(2026, 12, 8, 10, 0, TOKYO));
        assertThat(all(ReminderPolicy.daily(LocalTime.of(9, 30), Optional.empty()), facts))
                .containsExactly(at(2026, 12, 7, 9, 30, TOKYO), at(2026, 12, 8, 9, 30, TOKYO));
    }

    @Test
    void dailyRemindsOnWorkingDaysOnlyInThePolicysZone() {
        Instant sent = at(2026, 12, 3, 12, 0, TOKYO);
        var facts = new ReminderSchedule.Facts(sent, Optional.of(LocalDate.of(2026, 12, 9)), ZoneId.of("UTC"));
        var policy = ReminderPolicy.daily(LocalTime.of(9, 30), Optional.of(TOKYO));

        assertThat(all(policy, facts))
                .containsExactly(
                        at(2026, 12, 4, 9, 30, TOKYO),
                        at(2026, 12, 7, 9, 30, TOKYO),
                        at(2026, 12, 8, 9, 30, TOKYO),
                        at(2026, 12, 9, 9, 30, TOKYO));
    }

    @Test
    void dailyKeepsTheLocalTimeAcrossDaylightSavingChanges() {
        Instant sent = at(2026, 3, 5, 12, 0, NEW_YORK);
        var facts = new ReminderSchedule.Facts(sent, Optional.of(LocalDate.of(2026, 3, 10)), NEW_YORK);

        List<Instant> reminders = all(ReminderPolicy.daily(LocalTime.of(9, 0), Optional.empty()), facts);

        assertThat(reminders)
                .containsExactly(
                        Instant.parse("2026-03-06T14:00:00Z"),
                        Instant.parse("2026-03-09T13:00:00Z"),
                        Instant.parse("2026-03-10T13:00:00Z"));
    }

    @Test
    void aTimeSkippedByDaylightSavingMovesForwardByTheGap() {
        Instant sent = at(2026, 3, 6, 12, 0, NEW_YORK);
        var facts = new ReminderSchedule.Facts(sent, Optional.of(LocalDate.of(2026, 3, 9)), NEW_YORK);
        var policy = ReminderPolicy.daily(LocalTime.of(2, 30), Optional.empty());

        assertThat(schedule.next(policy, facts, Instant.parse("2026-03-08T00:00:00Z")))
                .contains(Instant.parse("2026-03-09T06:30:00Z"));
        var sundayWorker = new ReminderSchedule(
                new WorkingDays(java.util.EnumSet.allOf(java.time.DayOfWeek.class)), LocalTime.of(10, 0));
        assertThat(sundayWorker.next(policy, facts, Instant.parse("2026-03-08T00:00:00Z")))
                .contains(Instant.parse("2026-03-08T07:30:00Z"));
    }

    @Test
    void everyNDaysCountsFromSendingAndSkipsWeekends() {
        Instant sent = at(2026, 12, 1, 9, 0, TOKYO);
        var facts = new ReminderSchedule.Facts(sent, Optional.of(LocalDate.of(2026, 12, 11)), TOKYO);

        assertThat(all(ReminderPolicy.every(2), facts))
                .containsExactly(
                        at(2026, 12, 3, 10, 0, TOKYO),
                        at(2026, 12, 7, 10, 0, TOKYO),
                        at(2026, 12, 9, 10, 0, TOKYO),
                        at(2026, 12, 11, 10, 0, TOKYO));
    }

    @Test
    void aLongOutageYieldsOnlyTheNextReminderAfterNow() {
        var facts = new ReminderSchedule.Facts(at(2026, 12, 1, 9, 0, TOKYO), Optional.empty(), TOKYO);

        assertThat(schedule.next(ReminderPolicy.every(1), facts, at(2026, 12, 20, 12, 0, TOKYO)))
                .contains(at(2026, 12, 21, 10, 0, TOKYO));
    }

    @Test
    void offNeverReminds() {
        var facts = new ReminderSchedule.Facts(at(2026, 12, 1, 9, 0, TOKYO), Optional.empty(), TOKYO);

        assertThat(schedule.next(ReminderPolicy.off(), facts, facts.sentAt())).isEmpty();
    }

    @Test
    void snoozeEndsOnTheNextWorkingDayAtTheReminderTime() {
        var facts = new ReminderSchedule.Facts(at(2026, 12, 1, 9, 0, TOKYO), Optional.empty(), TOKYO);

        assertThat(schedule.snoozeUntil(ReminderPolicy.defaults(), facts, at(2026, 12, 4, 10, 5, TOKYO)))
                .isEqualTo(at(2026, 12, 7, 10, 0, TOKYO));
        assertThat(schedule.snoozeUntil(
                        ReminderPolicy.daily(LocalTime.of(8, 15), Optional.empty()),
                        facts,
                        at(2026, 12, 8, 23, 0, TOKYO)))
                .isEqualTo(at(2026, 12, 9, 8, 15, TOKYO));
    }

    private List<Instant> all(ReminderPolicy policy, ReminderSchedule.Facts facts) {
        List<Instant> times = new ArrayList<>();
        Instant after = facts.sentAt();
        for (Optional<Instant> next = schedule.next(policy, facts, after);
                next.isPresent() && times.size() < 50;
                next = schedule.next(policy, facts, after)) {
            times.add(next.get());
            after = next.get();
        }
        return times;
    }

    static Instant at(int year, int month, int day, int hour, int minute, ZoneId zone) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, zone).toInstant();
    }
}
