package io.wafml.checklist;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loads a checklist data file (YAML, or JSON which is YAML too) and validates it completely. */
public final class ChecklistLoader {

    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = new YAMLMapper(YAML);

    /** The classpath resource of the checklist the application ships. */
    public static final String SHIPPED = "checklist/waf-ml.yaml";

    private ChecklistLoader() {}

    /** The checklist the application ships. */
    public static Checklist shipped() {
        return fromClasspath(SHIPPED);
    }

    /** Loads a checklist shipped on the classpath, such as {@code checklist/waf-ml.yaml}. */
    public static Checklist fromClasspath(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = ChecklistLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new ChecklistException("classpath:" + name, List.of("not found on the classpath"));
            }
            return fromYaml("classpath:" + name, in.readAllBytes());
        } catch (IOException e) {
            throw new ChecklistException("classpath:" + name, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Loads a checklist file. */
    public static Checklist fromFile(Path file) {
        return fromYaml(file.toString(), readFile(file));
    }

    /** Loads a checklist from the content of a file; {@code source} names it in error messages. */
    public static Checklist fromYaml(String source, byte[] yaml) {
        return read(source, yaml).checklist();
    }

    static LoadedChecklist read(Path file) {
        return read(file.toString(), readFile(file));
    }

    static LoadedChecklist read(String source, byte[] yaml) {
        JsonNode root = parse(source, yaml);
        try {
            YamlLines lines = YamlLines.index(YAML, yaml);
            Problems problems = new Problems(source, lines::lineOf);
            Checklist checklist = new ChecklistReader(problems).read(root, ContentHash.of(yaml));
            problems.throwIfAny();
            return new LoadedChecklist(checklist, ChecklistReader.sourceLanguage(root));
        } catch (IOException e) {
            throw new ChecklistException(source, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static JsonNode parse(String source, byte[] yaml) {
        try {
            JsonNode root = MAPPER.readTree(yaml);
            if (root == null || root.isMissingNode()) {
                throw new ChecklistException(source, List.of("line 1: the file is empty"));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            String message =
                    e.getOriginalMessage().lines().findFirst().orElse("").strip();
            throw new ChecklistException(source, where + message, e);
        } catch (IOException e) {
            throw new ChecklistException(source, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ChecklistException(file.toString(), "cannot be read: " + e, e);
        }
    }

    /** A loaded checklist and, for a file fresh from the importer, the language its other texts were copied from. */
    record LoadedChecklist(Checklist checklist, Language sourceLanguage) {}
}
