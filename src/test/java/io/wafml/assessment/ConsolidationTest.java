package io.wafml.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Consolidation of several answers to one item, and disagreement detection. */
class ConsolidationTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CAUTIOUS | yes                  | yes
            CAUTIOUS | yes partial no       | no
            CAUTIOUS | yes unknown partial  | unknown
            CAUTIOUS | na na                | na
            CAUTIOUS | na yes               | yes
            CAUTIOUS | na partial yes       | partial
            MAJORITY | yes yes no           | yes
            MAJORITY | yes no               | no
            MAJORITY | yes partial          | partial
            MAJORITY | yes yes partial partial no | partial
            MAJORITY | na na yes            | yes
            MAJORITY | na na                | na
            MAJORITY | unknown unknown no   | unknown
            """)
    void consolidatesByPolicy(ConsolidationPolicy policy, String answers, String expected) {
        assertThat(Consolidation.consolidate(policy, choices(answers))).contains(Choice.fromWire(expected));
    }

    @ParameterizedTest(name = "{0} disagree: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            yes no          | true
            yes unknown     | true
            partial no      | true
            yes partial     | false
            unknown no      | false
            partial unknown | false
            yes yes         | false
            na yes          | true
            na na           | false
            yes             | false
            """)
    void detectsDisagreementTwoStepsApartOrMixedNotApplicable(String answers, boolean disagree) {
        assertThat(Consolidation.disagree(choices(answers))).isEqualTo(disagree);
    }

    @ParameterizedTest
    @CsvSource({"CAUTIOUS", "MAJORITY"})
    void nobodyAnsweredGivesNoAnswer(ConsolidationPolicy policy) {
        assertThat(Consolidation.consolidate(policy, List.of())).isEmpty();
    }

    private static List<Choice> choices(String answers) {
        return Arrays.stream(answers.trim().split("\\s+")).map(Choice::fromWire).toList();
    }
}
