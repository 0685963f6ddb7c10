package io.wafml.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides whether an activity's tenant may use the bot: the tenant named by {@code conversation.tenantId} and
 * {@code channelData.tenant.id} (which must agree) must be on the allow-list, unless the list is empty.
 */
@Component
class TenantPolicy {

    private static final Logger log = LoggerFactory.getLogger(TenantPolicy.class);

    private final Set<String> allowed;

    TenantPolicy(SecurityProperties properties) {
        this.allowed = properties.allowedTenants().stream()
                .map(t -> t.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Why the activity is refused, or empty when its tenant may use the bot. */
    Optional<String> refusal(Activity activity) {
        Optional<String> fromConversation = Optional.ofNullable(activity.getConversation())
                .map(c -> c.getTenantId())
                .filter(t -> !t.isBlank());
        Optional<String> fromChannelData = channelDataTenant(activity.getChannelData());
        if (fromConversation.isPresent()
                && fromChannelData.isPresent()
                && !fromConversation.get().equalsIgnoreCase(fromChannelData.get())) {
            log.info("Refused an activity whose tenant ids disagree");
            return Optional.of("conflicting tenant ids");
        }
        if (allowed.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> tenant = fromConversation.or(() -> fromChannelData);
        if (tenant.isEmpty() || !allowed.contains(tenant.get().toLowerCase(Locale.ROOT))) {
            log.info(
                    "Refused an activity from tenant {}",
                    tenant.map(TenantPolicy::loggable).orElse("(none)"));
            return Optional.of("tenant not allowed");
        }
        return Optional.empty();
    }

    private static Optional<String> channelDataTenant(Object channelData) {
        if (channelData == null) {
            return Optional.empty();
        }
        JsonNode id =
                InboundActivity.MAPPER.valueToTree(channelData).path("tenant").path("id");
        return id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
    }

    /** A tenant id as logged: tenant ids are GUIDs, so anything else is cut short and stripped of line breaks. */
    private static String loggable(String tenant) {
        String cleaned = tenant.replaceAll("[^0-9A-Za-z._-]", "?");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) + "..." : cleaned;
    }
}
