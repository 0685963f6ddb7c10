package io.wafml.report;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the report module ({@code wafml.public-base-url}, {@code wafml.export.*}).
 *
 * @param publicBaseUrl the address users reach the bot at, for export links (env {@code WAFML_PUBLIC_BASE_URL})
 * @param export the export links' signing key and lifetime
 */
@ConfigurationProperties("wafml")
record ReportProperties(URI publicBaseUrl, @DefaultValue Export export) {

    /** The longest time an export link stays valid. */
    static final Duration MAX_TTL = Duration.ofHours(24);

    ReportProperties {
        if (publicBaseUrl == null) {
            publicBaseUrl = URI.create("http://localhost:3978");
        }
        String scheme = publicBaseUrl.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("wafml.public-base-url must be an http(s) URL: " + publicBaseUrl);
        }
    }

    /**
     * The export link settings.
     *
     * @param signingKey the HMAC key of export links, at least 32 characters (env {@code WAFML_EXPORT_SIGNING_KEY});
     *     when empty, a random key is made at start-up and links stop working when the process ends
     * @param linkTtl how long a link is valid, at most 24 hours (longer values are capped)
     */
    record Export(String signingKey, @DefaultValue("24h") Duration linkTtl) {

        Export {
            if (linkTtl == null || linkTtl.isNegative() || linkTtl.isZero()) {
                throw new IllegalArgumentException("wafml.export.link-ttl must be positive: " + linkTtl);
            }
            signingKey = signingKey == null ? "" : signingKey.strip();
        }

        /** The lifetime of a link, capped at 24 hours. */
        Duration cappedTtl() {
            return linkTtl.compareTo(MAX_TTL) > 0 ? MAX_TTL : linkTtl;
        }
    }
}
