package io.wafml.cli;

import java.io.PrintStream;

/** One operator command of the jar, such as {@code checklist export}. */
public interface CliCommand {

    /** Runs with the arguments after the command name and returns the process exit code. */
    int run(String[] args, PrintStream out, PrintStream err);
}
