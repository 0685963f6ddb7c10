package io.wafml.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wafml.assessment.AssessmentId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExportSignerTest {

    static final byte[] KEY = "a-test-signing-key-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8);
    static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    static final AssessmentId ID = AssessmentId.parse("3f1c2a9e-5b7d-4c1e-9a2b-0d4e6f8a1b2c");

    private final ExportSigner signer = new ExportSigner(KEY, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(24));

    @Test
    void acceptsItsOwnSignatureUntilTheLinkExpires() {
        ExportSigner.Signed signed = signer.sign(ID, ExportFormat.CSV);

        assertThat(signed.expires()).isEqualTo(NOW.plus(Duration.ofHours(24)).getEpochSecond());
        assertThat(signed.signature()).matches("[A-Za-z0-9_-]{43}");
        assertThat(signer.verify(ID.toString(), "csv", signed.expires(), signed.signature()))
                .isTrue();
    }

    @Test
    void refusesATamperedSignatureAnotherFileOrAnotherExpiry() {
        ExportSigner.Signed signed = signer.sign(ID, ExportFormat.CSV);
        String other = AssessmentId.random().toString();
        char last = signed.signature().charAt(0);
        String tampered = (last == 'A' ? 'B' : 'A') + signed.signature().substring(1);

        assertThat(signer.verify(ID.toString(), "csv", signed.expires(), tampered))
                .isFalse();
        assertThat(signer.verify(other, "csv", signed.expires(), signed.signature()))
                .isFalse();
        assertThat(signer.verify(ID.toString(), "json", signed.expires(), signed.signature()))
                .isFalse();
        assertThat(signer.verify(ID.toString(), "csv", signed.expires() - 1, signed.signature()))
                .isFalse();
        assertThat(signer.verify(ID.toString(), "csv", signed.expires(), null)).isFalse();
    }

    @Test
    void refusesAnExpiredLinkAndOneThatClaimsToLiveLongerThanTheLifetime() {
        ExportSigner.Signed expired = signer.sign(ID, ExportFormat.MD, NOW.minusSeconds(1));
        ExportSigner.Signed tooLong = signer.sign(ID, ExportFormat.MD, NOW.plus(Duration.ofHours(25)));

        assertThat(signer.verify(ID.toString(), "md", expired.expires(), expired.signature()))
                .isFalse();
        assertThat(signer.verify(ID.toString(), "md", tooLong.expires(), tooLong.signature()))
                .isFalse();
    }

    @Test
    void refusesALinkSignedWithAnotherKey() {
        ExportSigner other = new ExportSigner(
                "another-signing-key-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(NOW, ZoneOffset.UTC),
                Duration.ofHours(1));
        ExportSigner.Signed signed = other.sign(ID, ExportFormat.JSON);

        assertThat(signer.verify(ID.toString(), "json", signed.expires(), signed.signature()))
                .isFalse();
    }

    @Test
    void refusesShortKeysAndLifetimesOverADay() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assertThatThrownBy(() -> new ExportSigner(new byte[31], clock, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExportSigner(KEY, clock, Duration.ofHours(25)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void capsTheConfiguredLifetimeAtADay() {
        var export = new ReportProperties.Export("", Duration.ofDays(3));

        assertThat(export.cappedTtl()).isEqualTo(Duration.ofHours(24));
        assertThat(new ReportProperties.Export("", Duration.ofHours(2)).cappedTtl())
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void buildsLinksUnderThePublicBaseUrl() {
        ExportLinks links = new ExportLinks(URI.create("https://bot.example.com/"), signer);

        ExportLinks.Link link = links.link(ID, ExportFormat.JSON);

        assertThat(link.url().toString())
                .startsWith("https://bot.example.com/api/export/" + ID + ".json?expires=" + link.expires() + "&sig=");
        assertThat(links.links(ID)).extracting(ExportLinks.Link::format).containsExactly(ExportFormat.values());
    }
}
