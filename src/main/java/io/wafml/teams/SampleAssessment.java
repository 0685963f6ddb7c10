package io.wafml.teams;

import io.wafml.assessment.Answer;
import io.wafml.assessment.Assessment;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.Member;
import io.wafml.assessment.Role;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The sample data the sample cards are rendered from, stored in the generator's own in-memory database: a team with
 * roles, an assessment of "Churn forecast" just started, an open assessment of "Fraud model v2" halfway through,
 * and two finished runs of that workload (the
 * newer one compared with the older one), all over the full shipped checklist.
 *
 * @param service the application service over the sample database
 * @param started an assessment of "Churn forecast" just started: nothing assigned, nothing sent
 * @param open the assessment in progress: assigned, sent, partly answered
 * @param finished the newest finished run, finished by the facilitator
 * @param previous the run before it, finished because its due date passed
 * @param facilitator the member who started the assessments
 * @param members the team's other members, who answer
 * @param now the moment the samples are rendered at
 */
public record SampleAssessment(
        AssessmentService service,
        Assessment started,
        Assessment open,
        Assessment finished,
        Assessment previous,
        Member facilitator,
        List<Member> members,
        Instant now) {

    public SampleAssessment {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(finished, "finished");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(facilitator, "facilitator");
        members = List.copyOf(members);
        Objects.requireNonNull(now, "now");
    }

    /** The roles of the sample team. */
    public List<Role> roles() {
        return service.roles(open.roleScope());
    }

    /** Every answer of one of the sample assessments. */
    public List<Answer> answers(Assessment assessment) {
        return service.answers(assessment.id());
    }
}
