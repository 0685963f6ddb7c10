package io.wafml.reminder;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ReminderArchitectureTest {

    static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wafml.reminder");

    @Test
    void remindersKnowNothingOfTeamsOrTheBotSdk() {
        noClasses()
                .that()
                .resideInAPackage("io.wafml.reminder..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.microsoft.bot..", "io.wafml.teams..")
                .check(classes);
    }
}
