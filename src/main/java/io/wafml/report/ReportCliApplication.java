package io.wafml.report;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The minimal application the report command starts: the data source, Flyway, the checklist and the assessment
 * repositories, without the web server or the Teams adapter. It is deliberately not a {@code @Configuration}, so the
 * bot's own component scan does not pick it up.
 */
@EnableAutoConfiguration
@ComponentScan(
        basePackages = {"io.wafml.checklist", "io.wafml.assessment.jdbc"},
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern =
                                "io\\.wafml\\.(checklist\\.Checklist|assessment\\.jdbc\\.AssessmentJdbc)Configuration"))
class ReportCliApplication {}
