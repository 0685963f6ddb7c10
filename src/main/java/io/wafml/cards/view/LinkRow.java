package io.wafml.cards.view;

import java.net.URI;

/** A link shown as an {@code Action.OpenUrl} button: its title and an absolute http(s) URL. */
public record LinkRow(String title, String url) {

    public LinkRow {
        title = Values.required(title, "title");
        String scheme = URI.create(Values.required(url, "url")).getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("Link must be an absolute http(s) URL: " + url);
        }
    }
}
