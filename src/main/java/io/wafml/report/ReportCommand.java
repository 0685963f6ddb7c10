package io.wafml.report;

import io.wafml.assessment.AssessmentId;
import io.wafml.assessment.AssessmentService;
import io.wafml.assessment.DomainException;
import io.wafml.cli.CliCommand;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code report} operator command: {@code report export --assessment <id> --format md|csv|json} prints an
 * assessment's export to standard output, reading the database the bot is configured with (no web server started).
 * Arguments starting with {@code --spring.} are passed to the application as properties.
 */
public final class ReportCommand implements CliCommand {

    static final String USAGE = "Usage: report export --assessment <id> --format md|csv|json";
    private static final Set<String> OPTIONS = Set.of("--assessment", "--format");

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        List<String> springArgs = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (OPTIONS.contains(args[i]) && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else if (args[i].startsWith("--spring.")) {
                springArgs.add(args[i]);
            } else if (args[i].startsWith("--")) {
                throw usage("Unknown or incomplete option " + args[i]);
            } else {
                positional.add(args[i]);
            }
        }
        if (!positional.equals(List.of("export")) || !options.keySet().equals(OPTIONS)) {
            throw usage("report export needs --assessment and --format");
        }
        ExportFormat format = ExportFormat.of(options.get("--format"))
                .orElseThrow(() -> usage("Unknown format " + options.get("--format")));
        AssessmentId id;
        try {
            id = AssessmentId.parse(options.get("--assessment"));
        } catch (IllegalArgumentException e) {
            err.println("Not an assessment id: " + options.get("--assessment"));
            return 1;
        }
        return export(id, format, springArgs, out, err);
    }

    private static int export(
            AssessmentId id, ExportFormat format, List<String> springArgs, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ReportCliApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("spring.main.banner-mode=off", "logging.level.root=ERROR", "spring.jmx.enabled=false")
                .run(springArgs.toArray(String[]::new))) {
            byte[] bytes = ResultReport.load(context.getBean(AssessmentService.class), id)
                    .render(format);
            out.write(bytes, 0, bytes.length);
            out.flush();
            return 0;
        } catch (DomainException e) {
            err.println("No assessment " + id);
            return 1;
        }
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem + "\n" + USAGE);
    }
}
