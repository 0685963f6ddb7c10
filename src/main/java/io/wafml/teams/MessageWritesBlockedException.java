package io.wafml.teams;

/** Teams refused a message because the member blocked the bot (403 {@code MessageWritesBlocked}): stop writing. */
class MessageWritesBlockedException extends RuntimeException {

    MessageWritesBlockedException(Throwable cause) {
        super("The recipient blocked the bot (MessageWritesBlocked)", cause);
    }
}
