package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Answers;
import io.wafml.assessment.Assessments;
import io.wafml.assessment.Roles;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Language;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seeds the sample assessment and collects the sample cards of every {@link SampleCards} bean; exists only in the
 * {@value #PROFILE} profile, which {@code cards render} runs on a private in-memory database.
 */
@Component
@Profile(CardSamples.PROFILE)
class CardSamples {

    static final String PROFILE = "card-samples";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]+(-[A-Za-z0-9]+)*");

    private final Assessments assessments;
    private final Answers answers;
    private final Roles roles;
    private final Checklist checklist;
    private final Clock clock;
    private final List<SampleCards> contributors;

    CardSamples(
            Assessments assessments,
            Answers answers,
            Roles roles,
            Checklist checklist,
            Clock clock,
            List<SampleCards> contributors) {
        this.assessments = assessments;
        this.answers = answers;
        this.roles = roles;
        this.checklist = checklist;
        this.clock = clock;
        this.contributors = List.copyOf(contributors);
    }

    /** Every sample card in a language, by file name; two contributions with the same name are an error. */
    Map<String, ObjectNode> render(Language language) {
        SampleAssessment sample = SampleSeeder.seed(
                assessments, answers, roles, checklist, clock.instant().truncatedTo(ChronoUnit.DAYS), language);
        Map<String, ObjectNode> cards = new LinkedHashMap<>();
        for (SampleCards contributor : contributors) {
            contributor.samples(sample, language).forEach((name, card) -> {
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalStateException("Sample card name is not a plain file name: " + name);
                }
                if (cards.putIfAbsent(name, card) != null) {
                    throw new IllegalStateException("Two sample cards are named " + name + " (last from "
                            + contributor.getClass().getSimpleName() + ")");
                }
            });
        }
        return cards;
    }
}
