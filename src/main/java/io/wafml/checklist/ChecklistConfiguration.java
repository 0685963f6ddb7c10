package io.wafml.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Loads and validates the configured checklist at start-up; a bad file stops the application with its problems. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChecklistProperties.class)
class ChecklistConfiguration {

    @Bean
    Checklist checklist(ChecklistProperties properties, ResourceLoader resources) {
        String location = properties.location();
        if (!location.startsWith("classpath:") && !location.startsWith("file:")) {
            return ChecklistLoader.fromFile(Path.of(location));
        }
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new ChecklistException(location, List.of("not found"));
        }
        try (InputStream in = resource.getInputStream()) {
            return ChecklistLoader.fromYaml(location, in.readAllBytes());
        } catch (IOException e) {
            throw new ChecklistException(location, "cannot be read: " + e, e);
        }
    }
}
