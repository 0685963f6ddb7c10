package io.wafml.reminder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Calendar arithmetic over working days (by default Monday to Friday; no public holidays). */
public record WorkingDays(Set<DayOfWeek> days) {

    public WorkingDays {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("At least one working day is needed");
        }
        days = Set.copyOf(days);
    }

    /** Monday to Friday. */
    public static WorkingDays mondayToFriday() {
        return new WorkingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    public boolean isWorkingDay(LocalDate date) {
        return days.contains(date.getDayOfWeek());
    }

    /** The {@code n}-th working day after {@code date} ({@code n >= 1}). */
    public LocalDate plus(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        LocalDate current = date;
        for (int counted = 0; counted < n; ) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** The date itself when it is a working day, otherwise the next working day. */
    public LocalDate sameOrNext(LocalDate date) {
        LocalDate current = date;
        while (!isWorkingDay(current)) {
            current = current.plusDays(1);
        }
        return current;
    }

    /** The date itself when it is a working day, otherwise the previous working day. */
    public LocalDate sameOrPrevious(LocalDate date) {
        LocalDate current = date;
        while (!isWorkingDay(current)) {
            current = current.minusDays(1);
        }
        return current;
    }
}
