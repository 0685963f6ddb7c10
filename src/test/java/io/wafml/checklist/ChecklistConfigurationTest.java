package io.wafml.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Tests of the checklist's Spring wiring and its start-up validation. */
class ChecklistConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(ChecklistConfiguration.class);

    @TempDir
    Path dir;

    @Test
    void loadsTheShippedChecklistByDefault() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(Checklist.class).items()).hasSize(66);
            assertThat(started.getBean(ChecklistProperties.class).location())
                    .isEqualTo("classpath:checklist/waf-ml.yaml");
        });
    }

    @Test
    void loadsTheChecklistAtTheConfiguredFilePath() throws IOException {
        Path file = Files.writeString(dir.resolve("own.yaml"), ChecklistFixtures.VALID_YAML);

        for (String location : new String[] {file.toString(), file.toUri().toString()}) {
            context.withPropertyValues("wafml.checklist.location=" + location)
                    .run(started ->
                            assertThat(started.getBean(Checklist.class).id()).isEqualTo("sample"));
        }
    }

    @Test
    void aBadChecklistStopsStartUpWithItsProblems() throws IOException {
        Path file = Files.writeString(
                dir.resolve("bad.yaml"), ChecklistFixtures.VALID_YAML.replace("id: OE-02", "id: OE-01"));

        context.withPropertyValues("wafml.checklist.location=" + file)
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(ChecklistException.class)
                        .hasMessageContaining("bad.yaml")
                        .hasMessageContaining(
                                "line 21, pillars[0].categories[1].items[0].id: duplicate item id 'OE-01'"));
    }

    @Test
    void aMissingClasspathChecklistStopsStartUp() {
        context.withPropertyValues("wafml.checklist.location=classpath:checklist/none.yaml")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("classpath:checklist/none.yaml")
                        .hasMessageContaining("not found"));
    }
}
