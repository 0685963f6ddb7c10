package io.wafml.teams;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.checklist.Language;
import java.util.Map;

/**
 * A feature's contribution to {@code cards render} and to the card validity test: every card the feature can send,
 * rendered by its production code for the sample assessment, keyed by a file name such as {@code status} or
 * {@code pillar-items-OE-application-design-member} (lower-case letters, digits, dashes; unique across features).
 *
 * <p>Implement it as a Spring bean; the generator finds every bean of this type.
 */
public interface SampleCards {

    /** The feature's cards in a language, in a stable order. */
    Map<String, ObjectNode> samples(SampleAssessment sample, Language language);
}
