package org.parcelrecon.core.finding;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The evidence of a finding: an immutable map from name to value that iterates in insertion order, held
 * as one array of alternating names and values. A finding has a handful of values, so lookups scan the
 * array; building one costs two small allocations instead of a hash table's dozen.
 */
final class EvidenceMap extends AbstractMap<String, String> {
    static final EvidenceMap EMPTY = new EvidenceMap(new String[0]);

    /** name0, value0, name1, value1, ...; never changed after construction. */
    private final String[] namesAndValues;

    private EvidenceMap(String[] namesAndValues) {
        this.namesAndValues = namesAndValues;
    }

    /** A map over the first {@code length} slots of {@code namesAndValues} (copied). */
    static EvidenceMap of(String[] namesAndValues, int length) {
        return length == 0 ? EMPTY : new EvidenceMap(Arrays.copyOf(namesAndValues, length));
    }

    /** The same map when it already is one, else a copy in the given map's iteration order. */
    static EvidenceMap copyOf(Map<String, String> map) {
        if (map instanceof EvidenceMap e) {
            return e;
        }
        String[] a = new String[map.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> entry : map.entrySet()) {
            a[i++] = Objects.requireNonNull(entry.getKey(), "evidence name");
            a[i++] = Objects.requireNonNull(entry.getValue(), () -> "value of evidence " + entry.getKey());
        }
        return of(a, i);
    }

    /** Index of the name in the array, or -1. */
    static int indexOf(String[] namesAndValues, int length, Object name) {
        for (int i = 0; i < length; i += 2) {
            if (namesAndValues[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return namesAndValues.length / 2;
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(namesAndValues, namesAndValues.length, name) >= 0;
    }

    @Override
    public String get(Object name) {
        int i = indexOf(namesAndValues, namesAndValues.length, name);
        return i < 0 ? null : namesAndValues[i + 1];
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < namesAndValues.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= namesAndValues.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> e = new SimpleImmutableEntry<>(namesAndValues[next], namesAndValues[next + 1]);
                        next += 2;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return namesAndValues.length / 2;
            }
        };
    }
}
