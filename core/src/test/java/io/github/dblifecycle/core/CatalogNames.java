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
        try (Connection c = admin.open(); PreparedStatement ps = c.prepareStatement(catalogQuery)) {
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
}
