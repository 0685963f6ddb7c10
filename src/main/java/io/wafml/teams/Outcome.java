package io.wafml.teams;

import com.microsoft.bot.schema.Activity;
import java.util.List;

/** What handling a command or card action produces: new messages to post, and earlier messages to update. */
record Outcome(List<Activity> messages, List<Activity> updates) {

    Outcome {
        messages = List.copyOf(messages);
        updates = List.copyOf(updates);
    }

    static Outcome reply(Activity... messages) {
        return new Outcome(List.of(messages), List.of());
    }

    static Outcome none() {
        return new Outcome(List.of(), List.of());
    }

    Outcome plus(Outcome other) {
        return new Outcome(
                java.util.stream.Stream.concat(messages.stream(), other.messages.stream())
                        .toList(),
                java.util.stream.Stream.concat(updates.stream(), other.updates.stream())
                        .toList());
    }
}
