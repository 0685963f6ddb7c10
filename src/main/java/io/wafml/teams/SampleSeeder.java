package io.wafml.teams;

import io.wafml.assessment.Answers;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.AssessmentService.Submission;
import io.wafml.assessment.Assessments;
import io.wafml.assessment.Choice;
import io.wafml.assessment.ConversationKey;
import io.wafml.assessment.Member;
import io.wafml.assessment.RoleScope;
import io.wafml.assessment.Roles;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Item;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Fills a database with the sample team and its three runs of "Fraud model v2" through {@link AssessmentService}, on
 * a clock it moves back and forth so the runs lie weeks apart before {@code now}.
 */
final class SampleSeeder {

    static final String WORKLOAD = "Fraud model v2";
    static final Member MEGAN = new Member("29:sample-megan", "Megan Bowen");
    static final Member ADELE = new Member("29:sample-adele", "Adele Vance");
    static final Member ALEX = new Member("29:sample-alex", "Alex Wilber");
    static final Member DIEGO = new Member("29:sample-diego", "Diego Siciliani");
    static final Member LYNNE = new Member("29:sample-lynne", "Lynne Robbins");
    static final Member PATTI = new Member("29:sample-patti", "Patti Fernandez");

    private static final String TENANT = "00000000-0000-0000-0000-000000000001";
    private static final List<Choice> PATTERN = List.of(
            Choice.YES,
            Choice.YES,
            Choice.PARTIAL,
            Choice.YES,
            Choice.NO,
            Choice.YES,
            Choice.UNKNOWN,
            Choice.YES,
            Choice.PARTIAL,
            Choice.YES,
            Choice.NOT_APPLICABLE,
            Choice.YES,
            Choice.NO);
    private static final Map<String, List<String>> ASSIGNED_ROLES = Map.of(
            "OE", List.of("MLOps engineer"),
            "PE", List.of("MLOps engineer", "Data scientist"),
            "CO", List.of("FinOps"),
            "RE", List.of("MLOps engineer"),
            "SE", List.of("Security engineer"));

    private final AssessmentService service;
    private final Checklist checklist;
    private final SampleClock clock;
    private final Language language;

    private SampleSeeder(AssessmentService service, Checklist checklist, SampleClock clock, Language language) {
        this.service = service;
        this.checklist = checklist;
        this.clock = clock;
        this.language = language;
    }

    /** Seeds the sample of one language (its own conversation and team) and returns it. */
    static SampleAssessment seed(
            Assessments assessments,
            Answers answers,
            Roles roles,
            Checklist checklist,
            Instant now,
            Language language) {
        SampleClock clock = new SampleClock(now);
        AssessmentService service = new AssessmentService(assessments, answers, roles, checklist, clock);
        return new SampleSeeder(service, checklist, clock, language).seed(now);
    }

    private SampleAssessment seed(Instant now) {
        String suffix = language.name().toLowerCase(Locale.ROOT) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        ConversationKey conversation =
                new ConversationKey(TENANT, "19:sample-fraud-review-" + suffix + "@thread.tacv2");
        RoleScope scope = RoleScope.of(conversation, Optional.of("19:sample-ml-platform-" + suffix + "@thread.tacv2"));
        clock.set(now.minus(Duration.ofDays(120)));
        service.defineRole(scope, "MLOps engineer", Set.of(ADELE, ALEX));
        service.defineRole(scope, "Data scientist", Set.of(PATTI));
        service.defineRole(scope, "Security engineer", Set.of(DIEGO));
        service.defineRole(scope, "FinOps", Set.of(LYNNE));

        Assessment previous = run(conversation, scope, now.minus(Duration.ofDays(100)), 5, 1.0);
        clock.advance(Duration.ofDays(12));
        service.finishBySystem(previous.id());

        Assessment finished = run(conversation, scope, now.minus(Duration.ofDays(40)), 0, 1.0);
        clock.advance(Duration.ofDays(9));
        service.finish(finished.id(), MEGAN);

        Assessment open = run(conversation, scope, now.minus(Duration.ofDays(6)), 0, 0.5);
        clock.set(now.minus(Duration.ofHours(2)));
        Assessment started = service.start(
                conversation,
                scope,
                MEGAN,
                "Churn forecast",
                language,
                Optional.of(LocalDate.ofInstant(now.plus(Duration.ofDays(14)), ZoneOffset.UTC)),
                ZoneOffset.UTC);
        clock.set(now);
        return new SampleAssessment(
                service,
                started,
                service.get(open.id()),
                service.get(finished.id()),
                service.get(previous.id()),
                MEGAN,
                List.of(ADELE, ALEX, DIEGO, LYNNE, PATTI),
                now);
    }

    /** One run: started, assigned, sent, answered by the assignees; {@code share} of the second assignees answer. */
    private Assessment run(ConversationKey conversation, RoleScope scope, Instant start, int shift, double share) {
        clock.set(start);
        LocalDate due = LocalDate.ofInstant(start.plus(Duration.ofDays(14)), ZoneOffset.UTC);
        Assessment assessment =
                service.start(conversation, scope, MEGAN, WORKLOAD, language, Optional.of(due), ZoneOffset.UTC);
        for (Pillar pillar : checklist.pillars()) {
            Set<Member> direct = "RE".equals(pillar.code()) ? Set.of(PATTI) : Set.of();
            service.assign(
                    assessment.id(), MEGAN, pillar.code(), Set.copyOf(ASSIGNED_ROLES.get(pillar.code())), direct);
        }
        service.markSent(assessment.id(), MEGAN);
        clock.advance(Duration.ofDays(1));
        Assessment sent = service.get(assessment.id());
        for (Pillar pillar : checklist.pillars()) {
            List<Member> assignees = sent.assignees(pillar.code(), service.roles(scope)).stream()
                    .sorted(Comparator.comparing(Member::name))
                    .toList();
            for (int i = 0; i < assignees.size(); i++) {
                int count = i == 0
                        ? pillar.items().size()
                        : (int) Math.round(pillar.items().size() * share * (i % 2 == 0 ? 1 : 0.6));
                answer(sent, assignees.get(i), pillar, count, shift + i * 3, i == 0, shift > 0);
                clock.advance(Duration.ofHours(3));
            }
        }
        return sent;
    }

    private void answer(
            Assessment assessment, Member member, Pillar pillar, int count, int shift, boolean notes, boolean earlier) {
        List<Item> items = pillar.items();
        List<Submission> submissions = new ArrayList<>();
        for (int i = 0; i < Math.min(count, items.size()); i++) {
            Item item = items.get(i);
            int index = Math.floorMod(item.id().hashCode() + shift, PATTERN.size());
            Choice choice =
                    earlier && i % 2 == 0 && PATTERN.get(index) == Choice.YES ? Choice.PARTIAL : PATTERN.get(index);
            String reason = choice == Choice.NOT_APPLICABLE ? SampleTexts.reason(language, index) : null;
            String note = notes && i % 3 == 0 ? SampleTexts.note(language, i / 3) : null;
            submissions.add(new Submission(item.id(), choice, note, reason));
        }
        if (!submissions.isEmpty()) {
            service.answerAll(assessment.id(), member, submissions);
        }
    }
}
