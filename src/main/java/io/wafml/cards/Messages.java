package io.wafml.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wafml.checklist.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The UI texts of the cards in one language, read from {@code cards/i18n/<lang>.json}: looked up by dotted key
 * ({@code status.title}) and formatted with positional arguments ({@code {0}}, {@code {1}}, ...).
 */
public final class Messages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Language language;
    private final JsonNode texts;

    private Messages(Language language, JsonNode texts) {
        this.language = Objects.requireNonNull(language, "language");
        if (texts == null || !texts.isObject()) {
            throw new IllegalArgumentException("Texts must be a JSON object");
        }
        this.texts = texts.deepCopy();
    }

    /** The texts of a language from the i18n folder under the given cards folder. */
    public static Messages load(Path cardsDirectory, Language language) {
        Path file = cardsDirectory.resolve("i18n").resolve(language.tag() + ".json");
        try {
            return new Messages(language, JSON.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read UI texts " + file, e);
        }
    }

    /** The texts of a language from {@code <folder>/i18n/<lang>.json} on the classpath. */
    public static Messages fromClasspath(String folder, Language language) {
        String resource = folder + "/i18n/" + language.tag() + ".json";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing UI texts on the classpath: " + resource);
            }
            return new Messages(language, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read UI texts " + resource, e);
        }
    }

    /** The given texts of a language, as a JSON object of strings and nested objects. */
    public static Messages of(Language language, JsonNode texts) {
        return new Messages(language, texts);
    }

    /** The language of these texts. */
    public Language language() {
        return language;
    }

    /** A copy of the whole tree, as the renderer puts it under {@code t} in a card's data. */
    public JsonNode tree() {
        return texts.deepCopy();
    }

    /** Whether a text exists under this dotted key. */
    public boolean has(String key) {
        return find(key).isTextual();
    }

    /** The text under this dotted key. */
    public String text(String key) {
        JsonNode node = find(key);
        if (!node.isTextual()) {
            throw new IllegalArgumentException("No " + language.tag() + " text for key " + key);
        }
        return node.textValue();
    }

    /** The text under this key with {@code {n}} replaced by the n-th argument. */
    public String format(String key, Object... args) {
        return MessagePattern.apply(text(key), args);
    }

    private JsonNode find(String key) {
        JsonNode node = texts;
        for (String part : key.split("\\.", -1)) {
            node = node.path(part);
        }
        return node;
    }
}
