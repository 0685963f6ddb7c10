/**
 * Reminders: per-assessment policies, the pure schedule computation over working days and time zones, and the
 * durable, cluster-safe queue that sends each reminder once and finishes assessments whose due date passed.
 */
package io.wafml.reminder;
