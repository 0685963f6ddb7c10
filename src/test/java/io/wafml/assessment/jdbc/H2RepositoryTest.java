package io.wafml.assessment.jdbc;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The repository contract on an in-memory H2 database with the real migrations. */
class H2RepositoryTest extends RepositoryContract {

    private static TestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = TestDatabase.h2();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }
}
