package io.wafml.checklist;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the checklist module ({@code wafml.checklist.*}).
 *
 * @param location the checklist data file: {@code classpath:...}, {@code file:...} or a plain file path; the shipped
 *     checklist by default (environment variable {@code WAFML_CHECKLIST_LOCATION})
 */
@ConfigurationProperties("wafml.checklist")
record ChecklistProperties(
        @DefaultValue(ChecklistProperties.SHIPPED_LOCATION) String location) {

    static final String SHIPPED_LOCATION = "classpath:" + ChecklistLoader.SHIPPED;
}
