package io.wafml.report;

import io.wafml.assessment.AssessmentId;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks export links: HMAC-SHA256 over the file name ({@code <assessment id>.<extension>}) and the expiry
 * time in epoch seconds, written in base64url without padding.
 */
public final class ExportSigner {

    /** The shortest signing key accepted, in bytes. */
    public static final int MIN_KEY_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Clock clock;
    private final Duration ttl;

    public ExportSigner(byte[] key, Clock clock, Duration ttl) {
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("The export signing key needs at least " + MIN_KEY_BYTES + " bytes");
        }
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(ReportProperties.MAX_TTL) > 0) {
            throw new IllegalArgumentException("The link lifetime must be between 0 and 24 hours: " + ttl);
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.clock = clock;
        this.ttl = ttl;
    }

    /** A signature valid from now for the configured lifetime. */
    public Signed sign(AssessmentId id, ExportFormat format) {
        long expires = clock.instant().plus(ttl).getEpochSecond();
        return new Signed(expires, signature(id.toString(), format.extension(), expires));
    }

    /** A signature with a given expiry time (for tests and tools). */
    public Signed sign(AssessmentId id, ExportFormat format, Instant expires) {
        long seconds = expires.getEpochSecond();
        return new Signed(seconds, signature(id.toString(), format.extension(), seconds));
    }

    /**
     * Whether the signature matches the file name and expiry and the link has not expired; a link claiming to live
     * longer than the configured lifetime is refused too.
     */
    public boolean verify(String assessmentId, String extension, long expires, String signature) {
        if (assessmentId == null || extension == null || signature == null) {
            return false;
        }
        long now = clock.instant().getEpochSecond();
        if (expires < now || expires > now + ttl.toSeconds()) {
            return false;
        }
        byte[] expected = signature(assessmentId, extension, expires).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(String assessmentId, String extension, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest =
                    mac.doFinal((assessmentId + "." + extension + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The query parameters of a signed link. */
    public record Signed(long expires, String signature) {}
}
