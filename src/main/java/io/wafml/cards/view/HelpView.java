package io.wafml.cards.view;

import java.util.List;

/** Data of the {@code help} card: every command with its usage, its Japanese aliases and one-line help. */
public record HelpView(String usageHint, List<Command> commands) {

    public HelpView {
        usageHint = Values.text(usageHint);
        commands = Values.list(commands);
    }

    /**
     * One command: its name, how to type it, its Japanese aliases as one line (such as {@code 割り当て, 担当}; empty
     * when it has none), and its help in the viewer's language.
     */
    public record Command(String name, String usage, String aliases, String help) {

        public Command {
            name = Values.required(name, "name");
            usage = Values.required(usage, "usage");
            aliases = Values.text(aliases);
            help = Values.required(help, "help");
        }
    }
}
