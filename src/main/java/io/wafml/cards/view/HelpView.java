package io.wafml.cards.view;

import java.util.List;

/** Data of the {@code help} card: every command with its usage and one-line help, and the Japanese aliases. */
public record HelpView(String usageHint, List<Command> commands, List<Alias> aliases) {

    public HelpView {
        usageHint = Values.text(usageHint);
        commands = Values.list(commands);
        aliases = Values.list(aliases);
    }

    /** One command: its name, how to type it, and its help in the viewer's language. */
    public record Command(String name, String usage, String help) {

        public Command {
            name = Values.required(name, "name");
            usage = Values.required(usage, "usage");
            help = Values.required(help, "help");
        }
    }

    /** A Japanese alias and the command it stands for. */
    public record Alias(String alias, String command) {

        public Alias {
            alias = Values.required(alias, "alias");
            command = Values.required(command, "command");
        }
    }
}
