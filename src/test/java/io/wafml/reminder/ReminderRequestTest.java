package io.wafml.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderRequestTest {

    @Test
    void parsesDailyWithAndWithoutTimeZone() {
        assertThat(ReminderRequest.parse("daily 09:30 Asia/Tokyo"))
                .isEqualTo(new ReminderRequest.SetPolicy(
                        ReminderPolicy.daily(LocalTime.of(9, 30), Optional.of(ZoneId.of("Asia/Tokyo")))));
        assertThat(ReminderRequest.parse("Daily 8:05"))
                .isEqualTo(new ReminderRequest.SetPolicy(ReminderPolicy.daily(LocalTime.of(8, 5), Optional.empty())));
    }

    @Test
    void parsesEveryOffDefaultAndSnooze() {
        assertThat(ReminderRequest.parse("every 2d")).isEqualTo(new ReminderRequest.SetPolicy(ReminderPolicy.every(2)));
        assertThat(ReminderRequest.parse("every 3 days"))
                .isEqualTo(new ReminderRequest.SetPolicy(ReminderPolicy.every(3)));
        assertThat(ReminderRequest.parse("off")).isEqualTo(new ReminderRequest.SetPolicy(ReminderPolicy.off()));
        assertThat(ReminderRequest.parse("default"))
                .isEqualTo(new ReminderRequest.SetPolicy(ReminderPolicy.defaults()));
        assertThat(ReminderRequest.parse("me tomorrow")).isEqualTo(new ReminderRequest.Snooze());
        assertThat(ReminderRequest.parse("")).isEqualTo(new ReminderRequest.RemindNow());
    }

    @Test
    void rejectsBadTimesZonesAndIntervals() {
        assertThatThrownBy(() -> ReminderRequest.parse("daily 25:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReminderRequest.parse("daily 09:00 Mars/Olympus"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReminderRequest.parse("every 0d")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReminderRequest.parse("sometimes")).isInstanceOf(IllegalArgumentException.class);
    }
}
