package io.wafml.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Mention;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a message's text the way a person meant it: without the {@code <at>bot</at>} mention Teams adds. */
final class MentionText {

    private static final Pattern ANY_BOT_MENTION_AT_START = Pattern.compile("^\\s*<at>[^<]*</at>");

    private MentionText() {}

    /** The text with every mention of the bot removed; mentions of people stay. */
    static String withoutBotMention(Activity activity) {
        String text = activity.getText() == null ? "" : activity.getText();
        String botId =
                activity.getRecipient() == null ? null : activity.getRecipient().getId();
        for (Mention mention : mentions(activity)) {
            if (mention.getMentioned() != null
                    && botId != null
                    && botId.equals(mention.getMentioned().getId())
                    && mention.getText() != null) {
                text = text.replace(mention.getText(), " ");
            }
        }
        return ANY_BOT_MENTION_AT_START.matcher(text).replaceFirst(" ").strip();
    }

    /** Mentions of people (not of the bot) in the message, in order. */
    static List<Mention> peopleMentioned(Activity activity) {
        String botId =
                activity.getRecipient() == null ? null : activity.getRecipient().getId();
        return mentions(activity).stream()
                .filter(m -> m.getMentioned() != null
                        && m.getMentioned().getId() != null
                        && !m.getMentioned().getId().isBlank()
                        && !m.getMentioned().getId().equals(botId))
                .toList();
    }

    private static List<Mention> mentions(Activity activity) {
        if (activity.getEntities() == null) {
            return List.of();
        }
        return activity.getEntities().stream()
                .filter(e -> e != null && "mention".equalsIgnoreCase(e.getType()))
                .map(e -> e.getAs(Mention.class))
                .filter(m -> m != null)
                .toList();
    }
}
