package io.wafml.checklist;

import io.wafml.cli.CliCommand;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The {@code checklist} operator command: export the checklist, import Markdown, validate a data file. */
public final class ChecklistCommand implements CliCommand {

    static final String USAGE = "Usage: checklist export [--format json|yaml] [--file FILE]"
            + " | checklist import FILE.md --lang ja|en | checklist validate FILE";
    private static final Set<String> OPTIONS = Set.of("--format", "--file", "--lang");

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (OPTIONS.contains(args[i]) && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else if (args[i].startsWith("--")) {
                throw usage("Unknown or incomplete option " + args[i]);
            } else {
                positional.add(args[i]);
            }
        }
        try {
            return dispatch(positional, options, out);
        } catch (ChecklistException e) {
            print(err, e.getMessage() + "\n");
            return 1;
        }
    }

    private int dispatch(List<String> positional, Map<String, String> options, PrintStream out) {
        String mode = positional.isEmpty() ? "" : positional.get(0);
        return switch (mode) {
            case "export" -> export(only(positional, 1, options, "--format", "--file"), options, out);
            case "import" -> importMarkdown(only(positional, 2, options, "--lang"), options, out);
            case "validate" -> validate(only(positional, 2, options), out);
            default -> throw usage(mode.isEmpty() ? "Missing mode" : "Unknown mode " + mode);
        };
    }

    private int export(List<String> positional, Map<String, String> options, PrintStream out) {
        String format = options.getOrDefault("--format", "json");
        if (!format.equals("json") && !format.equals("yaml")) {
            throw usage("Unknown format " + format);
        }
        String file = options.get("--file");
        Checklist checklist = file == null ? ChecklistLoader.shipped() : ChecklistLoader.fromFile(Path.of(file));
        String text = format.equals("json")
                ? ChecklistWriter.toJson(checklist) + "\n"
                : ChecklistWriter.toYaml(checklist, null, true);
        print(out, text);
        return 0;
    }

    private int importMarkdown(List<String> positional, Map<String, String> options, PrintStream out) {
        String lang = options.get("--lang");
        if (lang == null || !Set.of("ja", "en").contains(lang)) {
            throw usage("--lang ja or --lang en is required");
        }
        MarkdownChecklistImporter importer =
                new MarkdownChecklistImporter(Language.valueOf(lang.toUpperCase(Locale.ROOT)));
        Checklist checklist = importer.importFile(Path.of(positional.get(1)));
        print(out, ChecklistWriter.toYaml(checklist, importer.language(), false));
        return 0;
    }

    private int validate(List<String> positional, PrintStream out) {
        ChecklistLoader.LoadedChecklist loaded = ChecklistLoader.read(Path.of(positional.get(1)));
        Checklist checklist = loaded.checklist();
        long categories = checklist.pillars().stream()
                .mapToLong(p -> p.categories().size())
                .sum();
        print(
                out,
                "OK: " + checklist.items().size() + " items, " + categories + " categories, "
                        + checklist.pillars().size() + " pillars (" + checklist.id() + " " + checklist.version()
                        + ")\n");
        if (loaded.sourceLanguage() != null) {
            String source = loaded.sourceLanguage().tag();
            String other = loaded.sourceLanguage() == Language.JA ? "en" : "ja";
            print(
                    out,
                    "Note: the " + other + " texts are copies of the " + source + " texts (sourceLanguage: " + source
                            + "): translate them, then remove sourceLanguage.\n");
        }
        return 0;
    }

    private static List<String> only(
            List<String> positional, int count, Map<String, String> options, String... allowed) {
        if (positional.size() != count) {
            throw usage("Wrong number of arguments for " + positional.get(0));
        }
        if (!Set.of(allowed).containsAll(options.keySet())) {
            throw usage("Option not allowed for " + positional.get(0) + ": " + options.keySet());
        }
        return positional;
    }

    private static void print(PrintStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        out.flush();
    }

    private static IllegalArgumentException usage(String problem) {
        return new IllegalArgumentException(problem + "\n" + USAGE);
    }
}
