package io.wafml.teams;

import com.microsoft.bot.schema.ConversationReference;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.Member;
import io.wafml.assessment.Progress;
import io.wafml.cards.Messages;
import io.wafml.cards.PlainText;
import io.wafml.cards.view.NoticeView;
import io.wafml.reminder.ReminderNotifier;
import io.wafml.reminder.Reminders;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Delivers reminders in Teams: one channel message mentioning every member with unanswered items, then a personal
 * message to each member the bot can reach in a 1:1 chat (opening the chat when needed), never to members who
 * blocked the bot; a 403 {@code MessageWritesBlocked} marks the member blocked.
 */
@Component
class TeamsReminderNotifier implements ReminderNotifier {

    private static final Logger log = LoggerFactory.getLogger(TeamsReminderNotifier.class);

    private final ProactiveSender sender;
    private final Conversations conversations;
    private final ReminderCards cards;
    private final Replies replies;
    private final TeamsCards teamsCards;
    private final Reminders reminders;
    private final ObjectProvider<ScoreCardPublisher> publisher;

    TeamsReminderNotifier(
            ProactiveSender sender,
            Conversations conversations,
            ReminderCards cards,
            Replies replies,
            TeamsCards teamsCards,
            Reminders reminders,
            ObjectProvider<ScoreCardPublisher> publisher) {
        this.sender = sender;
        this.conversations = conversations;
        this.cards = cards;
        this.replies = replies;
        this.teamsCards = teamsCards;
        this.reminders = reminders;
        this.publisher = publisher;
    }

    @Override
    public void remind(Assessment assessment, List<Progress.Outstanding> members) {
        ConversationReference channel = channelOf(assessment);
        sender.post(channel, replies.card(cards.channel(assessment, members)));
        String tenant = assessment.conversation().tenantId();
        Set<String> blocked = reminders.blocked(tenant);
        for (Progress.Outstanding outstanding : members) {
            if (!blocked.contains(outstanding.member().id())) {
                sendPersonally(
                        assessment,
                        channel,
                        outstanding.member(),
                        replies.card(cards.personal(assessment, outstanding)));
            }
        }
    }

    @Override
    public void reportMissing(Assessment assessment, List<Progress.Outstanding> members) {
        Messages m = teamsCards.messages(assessment.language());
        var notice = replies.notice(
                assessment.language(),
                NoticeView.of(
                        m.text("remind.missingTitle"),
                        m.format(
                                "remind.missing",
                                PlainText.of(assessment.workload()),
                                AssessmentViews.names(members.stream()
                                        .map(Progress.Outstanding::member)
                                        .toList())),
                        NoticeView.Style.WARNING));
        ConversationReference channel = channelOf(assessment);
        Member facilitator = assessment.facilitator();
        boolean reachable =
                !reminders.blocked(assessment.conversation().tenantId()).contains(facilitator.id())
                        && sendPersonally(assessment, channel, facilitator, notice);
        if (!reachable) {
            sender.post(channel, notice);
        }
    }

    @Override
    public void finishedAtDueDate(Assessment assessment) {
        ScoreCardPublisher scoreCards = publisher.getIfAvailable();
        if (scoreCards == null) {
            log.warn(
                    "Assessment {} finished at its due date, but no score card publisher is installed",
                    assessment.id());
            return;
        }
        scoreCards.publish(assessment.id(), ScoreCardPublisher.FinishReason.DUE_DATE);
    }

    /** Sends to the member's 1:1 chat; false when the member blocked the bot or the message could not be sent. */
    private boolean sendPersonally(
            Assessment assessment,
            ConversationReference channel,
            Member member,
            com.microsoft.bot.schema.Activity message) {
        String tenant = assessment.conversation().tenantId();
        try {
            ConversationReference chat = personalChat(channel, tenant, member);
            sender.post(chat, message);
            return true;
        } catch (MessageWritesBlockedException e) {
            log.info("A member of assessment {} blocked the bot; no more personal messages to them", assessment.id());
            reminders.markBlocked(tenant, member);
            return false;
        } catch (DeliveryFailedException e) {
            log.warn("A personal reminder of assessment {} was not delivered (HTTP {})", assessment.id(), e.status());
            return false;
        }
    }

    private ConversationReference personalChat(ConversationReference channel, String tenant, Member member) {
        Optional<ConversationReference> known = conversations.ofMember(tenant, member);
        if (known.isPresent()) {
            return known.get();
        }
        ConversationReference created = sender.personalChat(channel, tenant, member);
        conversations.rememberMember(tenant, member, created);
        return created;
    }

    private ConversationReference channelOf(Assessment assessment) {
        return conversations
                .of(assessment.conversation())
                .orElseThrow(() -> new IllegalStateException("No conversation reference for " + assessment.id()));
    }
}
