package io.wafml.security;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/** Every row of every table of the application's schema, as sorted text, to compare before and after requests. */
record DatabaseSnapshot(Map<String, List<String>> tables) {

    /** The tables every snapshot leaves out: Flyway's history and, when asked, the replay guard's table. */
    static final Set<String> FLYWAY = Set.of("flyway_schema_history");

    static DatabaseSnapshot of(DataSource dataSource, Set<String> excluded) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, List<String>> tables = new TreeMap<>();
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet names = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (names.next()) {
                    String table = names.getString("TABLE_NAME");
                    String key = table.toLowerCase(Locale.ROOT);
                    if (!FLYWAY.contains(key) && !excluded.contains(key)) {
                        tables.put(key, rows(connection, table));
                    }
                }
            }
            return new DatabaseSnapshot(tables);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The snapshot without some tables. */
    DatabaseSnapshot without(String... names) {
        Map<String, List<String>> kept = new TreeMap<>(tables);
        for (String name : names) {
            kept.remove(name);
        }
        return new DatabaseSnapshot(kept);
    }

    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(result.getMetaData().getColumnName(i))
                            .append('=')
                            .append(result.getString(i))
                            .append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(String::compareTo);
        return rows;
    }
}
