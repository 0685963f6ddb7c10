package io.wafml.cli;

import io.wafml.checklist.ChecklistCommand;
import io.wafml.report.ReportCommand;
import io.wafml.teams.CardsCommand;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Operator commands of the same jar (checklist, cards, report) that start no web server. */
public final class Cli {

    private static final Map<String, CliCommand> COMMANDS = new TreeMap<>();

    static {
        // Each feature registers its command here: COMMANDS.put("checklist", new ChecklistCommand());
        COMMANDS.put("checklist", new ChecklistCommand());
        COMMANDS.put("report", new ReportCommand());
        COMMANDS.put("cards", new CardsCommand());
    }

    private Cli() {}

    /** Whether the arguments name an operator command rather than starting the bot. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.containsKey(args[0]);
    }

    /** Runs the named command and returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CliCommand command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("Unknown command " + args[0] + ". Commands: " + String.join(", ", COMMANDS.keySet()));
            return 2;
        }
        try {
            return command.run(Arrays.copyOfRange(args, 1, args.length), out, err);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }
}
