package io.wafml.assessment;

import io.wafml.checklist.Category;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.Item;
import io.wafml.checklist.ItemId;
import io.wafml.checklist.Language;
import io.wafml.checklist.LocalizedText;
import io.wafml.checklist.Pillar;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A small checklist, members and assessments shared by the assessment tests. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    public static final ConversationKey CHANNEL = new ConversationKey("tenant-1", "19:channel@thread.tacv2");
    public static final RoleScope TEAM = RoleScope.of(CHANNEL, Optional.of("19:team@thread.tacv2"));
    public static final Member ALICE = new Member("aad-alice", "Alice");
    public static final Member BOB = new Member("aad-bob", "Bob");
    public static final Member CAROL = new Member("aad-carol", "Carol");
    public static final Member DAVE = new Member("aad-dave", "Dave");

    private Fixtures() {}

    /** Three pillars: OE (OE-01..03 in two categories), SE (SE-01..02), CO (CO-01..02). */
    public static Checklist checklist() {
        return checklist("1");
    }

    /** The same checklist with another version. */
    public static Checklist checklist(String version) {
        return new Checklist(
                "waf-ml",
                version,
                text("Test checklist"),
                text("General recommendations"),
                text("Azure Machine Learning"),
                List.of(
                        pillar("OE", category("oe-design", "OE-01", "OE-02"), category("oe-monitoring", "OE-03")),
                        pillar("SE", category("se-identity", "SE-01", "SE-02")),
                        pillar("CO", category("co-cost", "CO-01", "CO-02"))));
    }

    /** An open assessment of workload "Fraud model" facilitated by Alice, started at {@link #NOW}. */
    public static Assessment assessment() {
        return Assessment.start(
                AssessmentId.random(),
                CHANNEL,
                TEAM,
                ALICE,
                "Fraud model",
                checklist(),
                Language.EN,
                Optional.empty(),
                ZoneOffset.UTC,
                NOW);
    }

    /** The pillar with this code. */
    public static Pillar pillar(String code) {
        return checklist().findPillar(code).orElseThrow();
    }

    /** An answer to an item by a respondent; N/A answers get a reason. */
    public static Answer answer(Assessment assessment, String item, Member respondent, Choice choice) {
        String reason = choice == Choice.NOT_APPLICABLE ? "No such component" : null;
        return new Answer(assessment.id(), new ItemId(item), respondent, choice, null, reason, NOW);
    }

    /** The zone used by fixtures. */
    public static ZoneId zone() {
        return ZoneOffset.UTC;
    }

    private static Pillar pillar(String code, Category... categories) {
        return new Pillar(code, new LocalizedText(code + " ja", code + " pillar"), List.of(categories));
    }

    private static Category category(String id, String... items) {
        return new Category(
                id,
                text(id),
                null,
                Arrays.stream(items)
                        .map(i -> new Item(new ItemId(i), text("Question " + i), text("Guidance " + i), List.of()))
                        .toList());
    }

    private static LocalizedText text(String en) {
        return new LocalizedText(en + " (ja)", en);
    }
}
