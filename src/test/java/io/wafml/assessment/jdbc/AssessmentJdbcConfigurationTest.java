package io.wafml.assessment.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.wafml.assessment.Answers;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.Assessments;
import io.wafml.assessment.ConversationReferences;
import io.wafml.assessment.Fixtures;
import io.wafml.assessment.ProcessedActivities;
import io.wafml.assessment.Roles;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Language;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** The Spring wiring of the assessment repositories and service. */
class AssessmentJdbcConfigurationTest {

    private static TestDatabase database;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Infrastructure.class, AssessmentJdbcConfiguration.class);

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.h2();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Test
    void exposesTheRepositoriesAndAWorkingServiceWithASystemClock() {
        runner.run(context -> {
            assertThat(context)
                    .hasSingleBean(Assessments.class)
                    .hasSingleBean(Answers.class)
                    .hasSingleBean(Roles.class)
                    .hasSingleBean(ProcessedActivities.class)
                    .hasSingleBean(ConversationReferences.class)
                    .hasSingleBean(Clock.class);
            AssessmentService service = context.getBean(AssessmentService.class);
            Assessment started = service.start(
                    Fixtures.CHANNEL, Fixtures.TEAM, Fixtures.ALICE, "Wiring", Language.EN, Optional.empty());
            assertThat(context.getBean(Assessments.class).find(started.id())).contains(started);
        });
    }

    @Test
    void keepsAClockTheApplicationAlreadyDefines() {
        Clock fixed = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
        new ApplicationContextRunner()
                .withBean(Clock.class, () -> fixed)
                .withUserConfiguration(Infrastructure.class, AssessmentJdbcConfiguration.class)
                .run(context -> {
                    assertThat(context).getBean(Clock.class).isSameAs(fixed);
                    assertThat(context.getBean(AssessmentService.class)
                                    .start(
                                            Fixtures.CHANNEL,
                                            Fixtures.TEAM,
                                            Fixtures.ALICE,
                                            "Fixed clock",
                                            Language.EN,
                                            Optional.empty())
                                    .createdAt())
                            .isEqualTo(Fixtures.NOW);
                });
    }

    /** The beans the application provides to the assessment module: data source, transactions, checklist. */
    @Configuration(proxyBeanMethods = false)
    static class Infrastructure {

        @Bean(destroyMethod = "")
        DataSource dataSource() {
            return database.dataSource();
        }

        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }

        @Bean
        Checklist checklist() {
            return Fixtures.checklist();
        }
    }
}
