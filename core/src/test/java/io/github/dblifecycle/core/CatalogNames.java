package io.github.dblifecycle.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the names a server's catalog lists that start with {@code <prefix>_}; every name for "". */
final class CatalogNames {
    private CatalogNames() {}

    /** @param catalogQuery a query with one {@code like ?} parameter, returning names in its first column */
    static List<String> like(ConnectionSpec admin, String catalogQuery, String prefix) throws SQLException {
        try (Connection c = admin.open();
                PreparedStatement ps = c.prepareStatement(catalogQuery)) {
            ps.setString(1, prefix.isEmpty() ? "%" : prefix + "\\_%");
            List<String> names = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }

    /**
     * @param catalogQuery a query returning names in its first column and comments in its second
     * @return the names whose name or comment contains one of {@code needles}
     */
    static List<String> containing(ConnectionSpec admin, String catalogQuery, List<String> needles)
            throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = admin.open();
                PreparedStatement ps = c.prepareStatement(catalogQuery);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                String comment = String.valueOf(rs.getString(2));
                if (needles.stream().anyMatch(n -> name.contains(n) || comment.contains(n))) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
