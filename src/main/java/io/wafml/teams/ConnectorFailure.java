package io.wafml.teams;

import com.microsoft.bot.connector.rest.ErrorResponseException;
import com.microsoft.bot.schema.ErrorResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * What went wrong with a call to the Bot Connector, read from the SDK's exception: the HTTP status, Teams' error
 * code and the {@code Retry-After} header; status 0 stands for a network failure without a response.
 */
record ConnectorFailure(int status, String code, Optional<Duration> retryAfter) {

    private static final Set<Integer> TRANSIENT = Set.of(429, 412, 502, 504);
    private static final String BLOCKED = "MessageWritesBlocked";

    /** The failure behind an exception of the SDK, if it is one of a Bot Connector call. */
    static Optional<ConnectorFailure> of(Throwable error, Instant now) {
        Throwable cause = unwrap(error);
        if (cause instanceof ErrorResponseException response && response.response() != null) {
            return Optional.of(new ConnectorFailure(
                    response.response().code(),
                    code(response),
                    retryAfter(response.response().headers().get("Retry-After"), now)));
        }
        if (cause instanceof IOException || cause instanceof UncheckedIOException) {
            return Optional.of(new ConnectorFailure(0, "", Optional.empty()));
        }
        return Optional.empty();
    }

    /** Whether trying again later may succeed: throttling, a precondition race, gateway errors, network errors. */
    boolean isTransient() {
        return status == 0 || TRANSIENT.contains(status);
    }

    /** Whether the user blocked the bot, so nothing may be written to them. */
    boolean isBlocked() {
        return status == 403 && BLOCKED.equalsIgnoreCase(code);
    }

    static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String code(ErrorResponseException response) {
        ErrorResponse body = response.body();
        if (body != null && body.getError() != null && body.getError().getCode() != null) {
            return body.getError().getCode();
        }
        String message = response.getMessage();
        return message != null && message.contains(BLOCKED) ? BLOCKED : "";
    }

    static Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip()))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
