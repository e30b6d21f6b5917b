package org.workerscontest.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Event stores created by earlier versions keep payloads and metadata in H2 BLOB columns. H2 keeps each
 * BLOB outside its row, in a store of its own, so every event read or written takes extra lookups and
 * copies. New stores use VARBINARY (up to 1 GB a value, kept in the row); this converts an older store
 * once, at its first start, keeping every value.
 */
final class H2EventColumns {

    private static final Logger log = LoggerFactory.getLogger(H2EventColumns.class);

    private H2EventColumns() {
    }

    static void convertLargeObjects(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet found = statement.executeQuery("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
                    + " WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND DATA_TYPE = 'BINARY LARGE OBJECT'"
                    + " AND TABLE_NAME IN ('DOMAINEVENTENTRY', 'SNAPSHOTEVENTENTRY')"
                    + " AND COLUMN_NAME IN ('PAYLOAD', 'METADATA')")) {
                while (found.next()) {
                    columns.add(new String[] {found.getString(1), found.getString(2)});
                }
            }
            for (String[] column : columns) {
                log.info("Converting {}.{} from BLOB to VARBINARY, once (about 4 s per 100,000 events)",
                        column[0], column[1]);
                statement.execute("ALTER TABLE " + column[0] + " ALTER COLUMN " + column[1]
                        + " SET DATA TYPE VARBINARY");
            }
        }
    }
}
