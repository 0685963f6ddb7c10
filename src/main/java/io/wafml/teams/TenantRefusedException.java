package io.wafml.teams;

/** An activity from a tenant that may not use the bot; its message is a short reason safe to return. */
final class TenantRefusedException extends RuntimeException {

    TenantRefusedException(String reason) {
        super(reason);
    }
}
