package io.wafml.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official Teams app manifest JSON schema read offline, validated like Microsoft's own tooling does (Ajv, draft-04
 * plus {@code const}, ECMA-262 patterns compiled with Joni rather than java.util.regex).
 */
final class TeamsManifestSchema {

    static final String VERSION = "1.30";
    private static final String RESOURCE = "/teams-manifest/MicrosoftTeams.v" + VERSION + ".schema.json";

    private final Schema schema;

    private TeamsManifestSchema(Schema schema) {
        this.schema = schema;
    }

    static TeamsManifestSchema load() {
        try (InputStream in = TeamsManifestSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            SchemaRegistryConfig ecmaScriptPatterns = SchemaRegistryConfig.builder()
                    .regularExpressionFactory(JoniRegularExpressionFactory.getInstance())
                    .build();
            Dialect draft4WithConst = Dialect.builder(Dialects.getDraft4())
                    .keyword(KeywordType.CONST)
                    .build();
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                    draft4WithConst, builder -> builder.schemaRegistryConfig(ecmaScriptPatterns));
            return new TeamsManifestSchema(registry.getSchema(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> violations(JsonNode manifest) {
        return schema.validate(manifest).stream().map(Error::toString).toList();
    }
}
