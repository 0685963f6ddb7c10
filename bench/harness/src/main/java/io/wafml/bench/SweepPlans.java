package io.wafml.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the plans of the reminder claim on H2 and PostgreSQL with 1,000 and 100,000 rows, to show that the claim
 * reads the due rows through the index and never the not-due ones. Argument: the output file.
 */
public final class SweepPlans {

    private SweepPlans() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> report = new ArrayList<>();
        report.add("Claim: " + SweepDatabase.CLAIM);
        for (String db : List.of("h2", "postgresql")) {
            for (int rows : new int[] {1_000, 100_000}) {
                try (SweepDatabase database = new SweepDatabase(db, rows)) {
                    report.add("");
                    report.add("### " + db + ", " + rows + " rows, " + SweepDatabase.DUE + " due");
                    report.add("```");
                    report.addAll(database.plan(Instant.now()));
                    report.add("```");
                }
            }
        }
        report.forEach(out::println);
        if (args.length > 0) {
            Files.write(Path.of(args[0]), report);
        }
    }
}
