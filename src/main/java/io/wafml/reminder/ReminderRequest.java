package io.wafml.reminder;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments of a {@code remind} command: nothing (remind now), a new policy ({@code daily 09:30 [zone]},
 * {@code every 2d}, {@code off}, {@code default}) or a snooze for the sender ({@code me tomorrow}).
 */
public sealed interface ReminderRequest {

    /** Replace the assessment's policy. */
    record SetPolicy(ReminderPolicy policy) implements ReminderRequest {}

    /** Leave the sender out of reminders until the next working day. */
    record Snooze() implements ReminderRequest {}

    /** Remind the members with unanswered items now. */
    record RemindNow() implements ReminderRequest {}

    Pattern DAILY = Pattern.compile("(?:daily|毎日)\\s+(\\d{1,2}):(\\d{2})(?:\\s+(\\S+))?");
    Pattern EVERY = Pattern.compile("(?:every|毎)\\s*(\\d{1,2})\\s*(?:d|days?|日)");
    Pattern SNOOZE = Pattern.compile("me\\s+tomorrow|明日");

    /** Parses the arguments; IllegalArgumentException says what is wrong. */
    static ReminderRequest parse(String arguments) {
        String text = arguments == null ? "" : arguments.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return new RemindNow();
        }
        if (SNOOZE.matcher(text).matches()) {
            return new Snooze();
        }
        if (text.equals("off") || text.equals("オフ") || text.equals("停止")) {
            return new SetPolicy(ReminderPolicy.off());
        }
        if (text.equals("default") || text.equals("標準")) {
            return new SetPolicy(ReminderPolicy.defaults());
        }
        Matcher daily = DAILY.matcher(text);
        if (daily.matches()) {
            return new SetPolicy(
                    ReminderPolicy.daily(time(daily), zone(arguments.strip().split("\\s+"))));
        }
        Matcher every = EVERY.matcher(text);
        if (every.matches()) {
            return new SetPolicy(ReminderPolicy.every(Integer.parseInt(every.group(1))));
        }
        throw new IllegalArgumentException("Not a reminder setting: " + arguments.strip());
    }

    private static LocalTime time(Matcher daily) {
        try {
            return LocalTime.of(Integer.parseInt(daily.group(1)), Integer.parseInt(daily.group(2)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Not a time of day: " + daily.group(1) + ":" + daily.group(2), e);
        }
    }

    private static Optional<ZoneId> zone(String[] words) {
        if (words.length < 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(words[2]));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Not a time zone: " + words[2], e);
        }
    }
}
