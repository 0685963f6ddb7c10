package io.wafml.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.wafml.cards.template.CardTemplate;
import io.wafml.cards.template.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Renders Adaptive Cards from the templates of a classpath folder and typed data (records, maps or JSON trees). */
public final class CardRenderer {

    /** The classpath folder that holds the project's card templates. */
    public static final String DEFAULT_FOLDER = "cards";

    private static final String DATA_SUFFIX = ".data.json";

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private final Map<String, CardTemplate> templates;

    /** Loads and parses every template of the classpath folder {@value #DEFAULT_FOLDER}. */
    public CardRenderer() {
        this(DEFAULT_FOLDER);
    }

    /** Loads and parses every {@code *.json} template (not {@code *.data.json}) of a classpath folder. */
    public CardRenderer(String classpathFolder) {
        this.templates = load(classpathFolder, listNames(classpathFolder));
    }

    /** Loads and parses the named templates ({@code name.json}) of a classpath folder. */
    public CardRenderer(String classpathFolder, List<String> names) {
        this.templates = load(classpathFolder, names);
    }

    /** Expands a template with the data converted to JSON; throws IllegalArgumentException for an unknown name. */
    public ObjectNode render(String templateName, Object data) {
        CardTemplate template = templates.get(templateName);
        if (template == null) {
            throw new IllegalArgumentException(
                    "no card template named '" + templateName + "', known: " + templates.keySet());
        }
        JsonNode card = template.expand(mapper.valueToTree(data));
        if (!(card instanceof ObjectNode object)) {
            throw new IllegalStateException("template '" + templateName + "' did not expand to a JSON object");
        }
        return object;
    }

    /** The names of the loaded templates, without the {@code .json} extension. */
    public Set<String> templateNames() {
        return templates.keySet();
    }

    private static List<String> listNames(String folder) {
        try {
            List<String> names = new ArrayList<>();
            for (Resource resource :
                    new PathMatchingResourcePatternResolver().getResources("classpath*:" + folder + "/*.json")) {
                String file = resource.getFilename();
                if (file != null && !file.endsWith(DATA_SUFFIX)) {
                    names.add(file.substring(0, file.length() - ".json".length()));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list card templates in classpath folder " + folder, e);
        }
    }

    private static Map<String, CardTemplate> load(String folder, List<String> names) {
        Map<String, CardTemplate> loaded = new TreeMap<>();
        for (String name : names) {
            String path = folder + "/" + name + ".json";
            try (InputStream in = CardRenderer.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new TemplateException(name, "no classpath resource " + path, null);
                }
                loaded.put(name, CardTemplate.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new TemplateException(name, "cannot read " + path, e);
            }
        }
        return Map.copyOf(loaded);
    }
}
