package io.wafml.reminder;

import io.wafml.assessment.AssessmentService;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Wires the reminders: their tables, the schedule, the service, the sweep and its poller. */
@Configuration(proxyBeanMethods = false)
class ReminderConfiguration {

    @Bean
    JdbcReminderQueue reminderQueue(DataSource dataSource) {
        return new JdbcReminderQueue(JdbcClient.create(dataSource));
    }

    @Bean
    JdbcReminderSettings reminderSettings(DataSource dataSource) {
        return new JdbcReminderSettings(JdbcClient.create(dataSource));
    }

    @Bean
    ReminderSchedule reminderSchedule(ReminderProperties properties) {
        return new ReminderSchedule(new WorkingDays(properties.workingDays()), properties.reminderTime());
    }

    @Bean
    Reminders reminders(
            AssessmentService service,
            JdbcReminderSettings settings,
            JdbcReminderQueue queue,
            ReminderSchedule schedule,
            Clock clock,
            ReminderProperties properties) {
        return new Reminders(service, settings, queue, schedule, clock, properties.defaultZone());
    }

    @Bean
    ReminderSweep reminderSweep(
            AssessmentService service,
            Reminders reminders,
            JdbcReminderQueue queue,
            ReminderNotifier notifier,
            ReminderProperties properties,
            Clock clock) {
        return new ReminderSweep(service, reminders, queue, notifier, properties, clock);
    }

    @Bean
    ReminderPoller reminderPoller(ReminderSweep sweep, ReminderProperties properties) {
        return new ReminderPoller(sweep, properties);
    }
}
