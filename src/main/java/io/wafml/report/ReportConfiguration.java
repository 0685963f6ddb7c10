package io.wafml.report;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the export link signer and the link builder from {@link ReportProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportProperties.class)
class ReportConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReportConfiguration.class);

    @Bean
    ExportSigner exportSigner(ReportProperties properties, Clock clock) {
        ReportProperties.Export export = properties.export();
        if (export.linkTtl().compareTo(export.cappedTtl()) > 0) {
            log.warn("wafml.export.link-ttl {} is longer than 24 hours; links expire after 24 hours", export.linkTtl());
        }
        return new ExportSigner(key(export.signingKey()), clock, export.cappedTtl());
    }

    @Bean
    ExportLinks exportLinks(ReportProperties properties, ExportSigner signer) {
        return new ExportLinks(properties.publicBaseUrl(), signer);
    }

    private static byte[] key(String configured) {
        if (!configured.isEmpty()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        log.warn("wafml.export.signing-key (WAFML_EXPORT_SIGNING_KEY) is not set: export links are signed with a"
                + " random key and stop working when this process ends; other instances reject them");
        byte[] random = new byte[ExportSigner.MIN_KEY_BYTES];
        new SecureRandom().nextBytes(random);
        return random;
    }
}
