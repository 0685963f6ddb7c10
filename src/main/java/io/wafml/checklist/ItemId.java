package io.wafml.checklist;

import java.util.regex.Pattern;

/** The stable, human-readable identifier of a checklist item, such as {@code OE-01}. */
public record ItemId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public ItemId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Invalid item id: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
