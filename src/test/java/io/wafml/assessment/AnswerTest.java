package io.wafml.assessment;

import static io.wafml.assessment.AssessmentTest.assertReason;
import static io.wafml.assessment.Fixtures.ALICE;
import static io.wafml.assessment.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wafml.assessment.DomainException.Reason;
import io.wafml.checklist.ItemId;
import org.junit.jupiter.api.Test;

/** Answers and choices: validation of notes, reasons and wire values. */
class AnswerTest {

    private final AssessmentId id = AssessmentId.random();
    private final ItemId item = new ItemId("OE-01");

    @Test
    void notApplicableNeedsAReason() {
        assertReason(
                () -> new Answer(id, item, ALICE, Choice.NOT_APPLICABLE, "note", "  ", NOW), Reason.NA_NEEDS_REASON);
        assertThat(new Answer(id, item, ALICE, Choice.NOT_APPLICABLE, null, "No GPUs", NOW).reason())
                .isEqualTo("No GPUs");
    }

    @Test
    void refusesNotesAndReasonsLongerThanOneThousandCharacters() {
        assertReason(() -> new Answer(id, item, ALICE, Choice.YES, "n".repeat(1001), null, NOW), Reason.TEXT_TOO_LONG);
        assertReason(
                () -> new Answer(id, item, ALICE, Choice.NOT_APPLICABLE, null, "r".repeat(1001), NOW),
                Reason.TEXT_TOO_LONG);
        assertThat(new Answer(id, item, ALICE, Choice.YES, "n".repeat(1000), null, NOW).note())
                .hasSize(1000);
    }

    @Test
    void blankNoteBecomesNull() {
        assertThat(new Answer(id, item, ALICE, Choice.YES, "  ", null, NOW).note())
                .isNull();
    }

    @Test
    void choicesRoundTripTheirWireValues() {
        for (Choice c : Choice.values()) {
            assertThat(Choice.fromWire(c.wire())).isEqualTo(c);
        }
        assertThat(Choice.fromWire(" NA ")).isEqualTo(Choice.NOT_APPLICABLE);
        assertThatThrownBy(() -> Choice.fromWire("maybe")).isInstanceOf(IllegalArgumentException.class);
    }
}
