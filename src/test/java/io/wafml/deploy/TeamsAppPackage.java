package io.wafml.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;

/** The Teams app package as the build wrote it: its entries, the manifest and the icons. */
record TeamsAppPackage(Map<String, byte[]> entries) {

    static final Path LOCATION = Path.of("target", "waf-ml-bot-teams-app.zip");

    /** Reads the package that the build's process-resources phase produced. */
    static TeamsAppPackage built() {
        assertThat(LOCATION)
                .as("the Teams app package, built by the process-resources phase of ./mvnw")
                .isRegularFile();
        try (InputStream in = Files.newInputStream(LOCATION)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TeamsAppPackage read(InputStream in) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return new TeamsAppPackage(entries);
    }

    JsonNode manifest() {
        try {
            return new ObjectMapper().readTree(entry("manifest.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    BufferedImage image(String name) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(entry(name)));
            assertThat(image).as("%s is an image ImageIO can read", name).isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] entry(String name) {
        assertThat(entries).as("entries of the Teams app package").containsKey(name);
        return entries.get(name);
    }
}
