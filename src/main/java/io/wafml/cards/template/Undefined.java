package io.wafml.cards.template;

/** The JavaScript {@code undefined} value, distinct from JSON {@code null}, as seen by expressions. */
enum Undefined {
    VALUE
}
