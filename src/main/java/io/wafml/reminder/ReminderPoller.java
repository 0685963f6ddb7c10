package io.wafml.reminder;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs the reminder sweep every poll interval on a thread of its own while the application runs. */
class ReminderPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReminderPoller.class);

    private final ReminderSweep sweep;
    private final ReminderProperties properties;
    private ScheduledExecutorService executor;

    ReminderPoller(ReminderSweep sweep, ReminderProperties properties) {
        this.sweep = sweep;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "reminder-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void poll() {
        try {
            sweep.runOnce();
        } catch (RuntimeException e) {
            log.error("The reminder sweep failed", e);
        }
    }
}
