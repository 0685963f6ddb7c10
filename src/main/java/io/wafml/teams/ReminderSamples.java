package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.Progress;
import io.wafml.checklist.Language;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The channel reminder and the personal reminder of the sample's open assessment, through the reminders' own code. */
@Component
class ReminderSamples implements SampleCards {

    private final ReminderCards reminders;

    ReminderSamples(ReminderCards reminders) {
        this.reminders = reminders;
    }

    @Override
    public Map<String, ObjectNode> samples(SampleAssessment sample, Language language) {
        Assessment open = sample.open();
        Progress progress = sample.service().progress(open.id());
        Progress.Outstanding most = progress.outstanding().stream()
                .max(Comparator.comparingInt(
                        (Progress.Outstanding o) -> o.items().size()))
                .orElseThrow();
        Map<String, ObjectNode> samples = new LinkedHashMap<>();
        samples.put("reminder", reminders.channel(open, progress.outstanding()));
        samples.put("reminder-personal", reminders.personal(open, most));
        return samples;
    }
}
