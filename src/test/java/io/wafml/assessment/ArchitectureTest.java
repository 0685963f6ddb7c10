package io.wafml.assessment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Module boundaries of the assessment domain. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.wafml.assessment");

    @Test
    void domainImportsNeitherSpringNorTheBotSdk() {
        noClasses()
                .that()
                .resideInAPackage("io.wafml.assessment")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.microsoft.bot..")
                .check(classes);
    }

    @Test
    void jdbcImplementationsStayPackagePrivate() {
        noClasses()
                .that()
                .resideInAPackage("io.wafml.assessment.jdbc")
                .should()
                .bePublic()
                .check(classes);
    }
}
