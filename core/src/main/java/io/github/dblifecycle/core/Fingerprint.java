package io.github.dblifecycle.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a database contains, as comparable items: one per object property group and one per table's rows, e.g.
 * {@code column orders.total} → its type, default, ...; {@code rows orders} → count and checksum. The database's own
 * name never appears in it, so a clone's fingerprint equals its template's when the copy is exact.
 */
public record Fingerprint(SortedMap<String, String> items) {
    public Fingerprint {
        items = Collections.unmodifiableSortedMap(new TreeMap<>(items));
    }

    /** One line per difference, naming the item and both values; empty when they are equal. */
    public List<String> differences(Fingerprint other, String thisName, String otherName) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : items.entrySet()) {
            String theirs = other.items.get(e.getKey());
            if (theirs == null) {
                out.add(e.getKey() + ": missing in " + otherName + " (" + thisName + " has " + e.getValue() + ")");
            } else if (!Objects.equals(e.getValue(), theirs)) {
                out.add(e.getKey() + ": " + thisName + " has " + e.getValue() + ", " + otherName + " has " + theirs);
            }
        }
        for (Map.Entry<String, String> e : other.items.entrySet()) {
            if (!items.containsKey(e.getKey())) {
                out.add(e.getKey() + ": only in " + otherName + " (" + e.getValue() + ")");
            }
        }
        return out;
    }
}
