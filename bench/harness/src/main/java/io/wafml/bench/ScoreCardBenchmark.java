package io.wafml.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wafml.assessment.Answer;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentResult;
import io.wafml.assessment.Choice;
import io.wafml.assessment.ConversationKey;
import io.wafml.assessment.Member;
import io.wafml.assessment.RoleScope;
import io.wafml.assessment.Scoring;
import io.wafml.cards.CardRenderer;
import io.wafml.cards.Messages;
import io.wafml.checklist.Category;
import io.wafml.checklist.Checklist;
import io.wafml.checklist.ChecklistLoader;
import io.wafml.checklist.Item;
import io.wafml.checklist.ItemId;
import io.wafml.checklist.Language;
import io.wafml.checklist.Pillar;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The score card of a finished assessment: consolidation and scoring ({@link Scoring#score}) and rendering of the
 * {@code score-card} template, for the shipped checklist with 20 respondents ({@code scale=1}) and for ten times the
 * items with ten times the respondents ({@code scale=10}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoreCardBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Param({"1", "10"})
    int scale;

    private Checklist checklist;
    private Assessment assessment;
    private List<Answer> answers;
    private AssessmentResult result;
    private CardRenderer renderer;
    private Messages messages;

    @Setup
    public void setUp() {
        checklist = scaled(ChecklistLoader.shipped(), scale);
        assessment = Assessment.start(
                AssessmentId.random(),
                new ConversationKey("tenant", "19:bench@thread.tacv2"),
                new RoleScope("team:tenant:bench"),
                new Member("29:facilitator", "Facilitator"),
                "Benchmark workload",
                checklist,
                Language.EN,
                Optional.empty(),
                ZoneOffset.UTC,
                Instant.parse("2026-12-01T00:00:00Z"));
        answers = answers(checklist, assessment.id(), 20 * scale);
        result = Scoring.score(checklist, assessment, answers, Optional.empty());
        renderer = new CardRenderer();
        messages = Messages.fromClasspath(CardRenderer.DEFAULT_FOLDER, Language.EN);
    }

    @Benchmark
    public AssessmentResult score() {
        return Scoring.score(checklist, assessment, answers, Optional.empty());
    }

    @Benchmark
    public ObjectNode render() {
        return render(result);
    }

    @Benchmark
    public ObjectNode scoreAndRender() {
        return render(Scoring.score(checklist, assessment, answers, Optional.empty()));
    }

    private ObjectNode render(AssessmentResult scored) {
        ObjectNode data = JSON.valueToTree(ScoreCards.view(checklist, scored));
        data.set("t", messages.tree());
        return renderer.render("score-card", data);
    }

    /** The checklist with every category's items repeated {@code times} times under new ids. */
    static Checklist scaled(Checklist source, int times) {
        if (times == 1) {
            return source;
        }
        List<Pillar> pillars = new ArrayList<>();
        for (Pillar pillar : source.pillars()) {
            List<Category> categories = new ArrayList<>();
            for (Category category : pillar.categories()) {
                List<Item> items = new ArrayList<>();
                for (int copy = 0; copy < times; copy++) {
                    for (Item item : category.items()) {
                        items.add(new Item(
                                new ItemId(item.id().value() + "-x" + copy),
                                item.question(),
                                item.guidance(),
                                item.links()));
                    }
                }
                categories.add(new Category(category.id(), category.name(), category.note(), items));
            }
            pillars.add(new Pillar(pillar.code(), pillar.name(), categories));
        }
        return new Checklist(
                source.id(),
                source.version() + "-x" + times,
                source.title(),
                source.disclaimer(),
                source.premise(),
                pillars);
    }

    /** Every respondent answers every item; choices are drawn with a fixed seed, N/A with a reason. */
    static List<Answer> answers(Checklist checklist, AssessmentId id, int respondents) {
        SplittableRandom random = new SplittableRandom(42);
        Choice[] choices = Choice.values();
        Instant at = Instant.parse("2026-12-02T00:00:00Z");
        List<Answer> answers = new ArrayList<>();
        for (int r = 0; r < respondents; r++) {
            Member member = new Member("29:respondent-" + r, "Respondent " + r);
            for (Item item : checklist.items()) {
                Choice choice = choices[random.nextInt(choices.length)];
                String reason = choice == Choice.NOT_APPLICABLE ? "Not used by this workload" : null;
                answers.add(new Answer(id, item.id(), member, choice, null, reason, at));
            }
        }
        return answers;
    }
}
