package io.wafml.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reminder sweep's claim of due reminders ({@link SweepDatabase#CLAIM}) among 1,000 and 100,000 open
 * assessments of which {@value SweepDatabase#DUE} are due, on H2 and PostgreSQL.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SweepBenchmark {

    @Param({"h2", "postgresql"})
    String db;

    @Param({"1000", "100000"})
    int rows;

    private SweepDatabase database;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        database = new SweepDatabase(db, rows);
        int claimed = database.claim(Instant.now());
        if (claimed != SweepDatabase.DUE) {
            throw new IllegalStateException("claimed " + claimed + " rows, expected " + SweepDatabase.DUE);
        }
    }

    @Benchmark
    public int claimDue() throws SQLException {
        return database.claim(Instant.now());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        database.close();
    }
}
