package io.wafml.assessment.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.wafml.assessment.Answers;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.Assessments;
import io.wafml.assessment.ConversationReferences;
import io.wafml.assessment.ProcessedActivities;
import io.wafml.assessment.Roles;
import io.wafml.checklist.Checklist;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the JDBC repositories and the {@link AssessmentService} on the application's data source. */
@Configuration(proxyBeanMethods = false)
class AssessmentJdbcConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Assessments assessments(DataSource dataSource, PlatformTransactionManager transactionManager) {
        return new JdbcAssessments(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager));
    }

    @Bean
    Answers answers(DataSource dataSource) {
        return new JdbcAnswers(JdbcClient.create(dataSource));
    }

    @Bean
    Roles roles(DataSource dataSource, PlatformTransactionManager transactionManager) {
        return new JdbcRoles(JdbcClient.create(dataSource), new TransactionTemplate(transactionManager));
    }

    @Bean
    ProcessedActivities processedActivities(DataSource dataSource, Clock clock) {
        HikariDataSource claims = ClaimPool.beside(dataSource);
        return claims == null
                ? new JdbcProcessedActivities(JdbcClient.create(dataSource), dataSource, null, clock)
                : new JdbcProcessedActivities(JdbcClient.create(dataSource), claims, claims, clock);
    }

    @Bean
    ConversationReferences conversationReferences(DataSource dataSource, Clock clock) {
        return new JdbcConversationReferences(JdbcClient.create(dataSource), clock);
    }

    @Bean
    AssessmentService assessmentService(
            Assessments assessments, Answers answers, Roles roles, Checklist checklist, Clock clock) {
        return new AssessmentService(assessments, answers, roles, checklist, clock);
    }
}
