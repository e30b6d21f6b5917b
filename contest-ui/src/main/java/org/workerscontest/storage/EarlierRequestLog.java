package org.workerscontest.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stores made before requests were kept per user have them in {@code command_request}, keyed by request id
 * alone. They move into {@code client_request} once, under the user who sent them and without a fingerprint
 * (which matches any retry), so a client's retry across the upgrade still has no second effect.
 */
final class EarlierRequestLog {

    private static final Logger log = LoggerFactory.getLogger(EarlierRequestLog.class);

    private EarlierRequestLog() {
    }

    static void moveToClientRequests(DataSource dataSource) throws SQLException {
        if (!exists(dataSource, "command_request")) {
            return;
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // Safe to repeat: a crash before the table is dropped moves only the rows not moved yet.
        int moved = jdbc.update("INSERT INTO client_request (user_name, request_id, command_name, result, result_type,"
                + " handled_at) SELECT COALESCE(c.user_name, ''), c.request_id, c.command_name, c.result, c.result_type,"
                + " c.handled_at FROM command_request c WHERE NOT EXISTS (SELECT 1 FROM client_request r"
                + " WHERE r.user_name = COALESCE(c.user_name, '') AND r.request_id = c.request_id)");
        jdbc.execute("DROP TABLE IF EXISTS command_request");
        log.info("Moved {} handled client requests from command_request to client_request", moved);
    }

    private static boolean exists(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (String name : new String[] {table, table.toUpperCase()}) {
                try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), name,
                        new String[] {"TABLE"})) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
