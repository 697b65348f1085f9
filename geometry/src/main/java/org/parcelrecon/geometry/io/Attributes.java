package org.parcelrecon.geometry.io;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A parcel's attributes as {@link ParcelFeature#properties()} holds them: an immutable map in file order, made of
 * the attribute {@link Names} (shared by every parcel of a read with the same names in the same order, which in a
 * map is nearly all of them) and an array of the parcel's own values. A parcel of 6 attributes so costs one small
 * array instead of a {@code LinkedHashMap} of 6 entries, and is never copied again: {@link #copyOf} returns it as it
 * is. It behaves as an unmodifiable {@code LinkedHashMap} does (equality, hash code and text are
 * {@link AbstractMap}'s; null keys and values are allowed; every mutator throws).
 *
 * <p>A value the byte parser read as a plain JSON number may be held as a {@link JsonNumber} instead of its text:
 * every way of reading the map ({@link #get}, {@link #entrySet}, {@link #forEach}, {@link #value}) gives its text,
 * made when first asked for, so the map is the same; {@link #raw} gives the held value to the reader, which takes a
 * recorded area's value or a sheet's integer text from it without the text.
 */
final class Attributes extends AbstractMap<String, String> {
    /** No attributes. */
    static final Attributes EMPTY = new Attributes(Names.EMPTY, new Object[0]);

    private final Names names;
    /** Each value: a {@link String}, a {@link JsonNumber} or null. */
    private final Object[] values;

    /**
     * @param names  the attribute names
     * @param values their values, in the same order, each a {@link String}, a {@link JsonNumber} (read as its text)
     *               or null; kept, not copied (the caller gives it up)
     */
    Attributes(Names names, Object[] values) {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " names, " + values.length + " values");
        }
        this.names = names;
        this.values = values;
    }

    /**
     * {@return the attributes of {@code map} in its iteration order: the map itself when it is already such, else a
     * copy with names of its own}
     *
     * @param map the attributes
     */
    static Attributes copyOf(Map<String, String> map) {
        return map.isEmpty() && !(map instanceof Attributes) ? EMPTY : copyOf(map, Names::new);
    }

    /**
     * {@return the attributes of {@code map} in its iteration order: the map itself when it is already such, else a
     * copy whose names {@code names} gives (e.g. an instance shared with other parcels)}
     *
     * @param map   the attributes
     * @param names the names instance for the map's distinct names in order
     */
    static Attributes copyOf(Map<String, String> map, Function<String[], Names> names) {
        if (map instanceof Attributes a) {
            return a;
        }
        String[] keys = new String[map.size()];
        Object[] vals = new Object[keys.length];
        int i = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            keys[i] = e.getKey();
            vals[i++] = e.getValue();
        }
        return new Attributes(names.apply(keys), vals);
    }

    /** {@return the names, shared with other parcels} */
    Names names() {
        return names;
    }

    /**
     * {@return the value of the attribute at a place in file order}
     *
     * @param i the place, from 0
     */
    String value(int i) {
        return text(values[i]);
    }

    /**
     * {@return the value held at a place in file order: a {@link String}, a {@link JsonNumber} or null}
     *
     * @param i the place, from 0
     */
    Object raw(int i) {
        return values[i];
    }

    private static String text(Object value) {
        return value instanceof JsonNumber n ? n.text() : (String) value;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isEmpty() {
        return values.length == 0;
    }

    @Override
    public String get(Object key) {
        int i = names.indexOf(key);
        return i < 0 ? null : text(values[i]);
    }

    @Override
    public boolean containsKey(Object key) {
        return names.indexOf(key) >= 0;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        for (int i = 0; i < values.length; i++) {
            action.accept(names.keys[i], text(values[i]));
        }
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < values.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (i >= values.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, String> e = new SimpleImmutableEntry<>(names.keys[i], text(values[i]));
                        i++;
                        return e;
                    }
                };
            }
        };
    }

    private static UnsupportedOperationException immutable() {
        return new UnsupportedOperationException("a parcel's attributes cannot be changed");
    }

    @Override
    public String put(String key, String value) {
        throw immutable();
    }

    @Override
    public String remove(Object key) {
        throw immutable();
    }

    @Override
    public void putAll(Map<? extends String, ? extends String> m) {
        throw immutable();
    }

    @Override
    public void clear() {
        throw immutable();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super String, ? extends String> function) {
        throw immutable();
    }

    @Override
    public String putIfAbsent(String key, String value) {
        throw immutable();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw immutable();
    }

    @Override
    public boolean replace(String key, String oldValue, String newValue) {
        throw immutable();
    }

    @Override
    public String replace(String key, String value) {
        throw immutable();
    }

    @Override
    public String computeIfAbsent(String key, Function<? super String, ? extends String> f) {
        throw immutable();
    }

    @Override
    public String computeIfPresent(String key, BiFunction<? super String, ? super String, ? extends String> f) {
        throw immutable();
    }

    @Override
    public String compute(String key, BiFunction<? super String, ? super String, ? extends String> f) {
        throw immutable();
    }

    @Override
    public String merge(String key, String value, BiFunction<? super String, ? super String, ? extends String> f) {
        throw immutable();
    }

    /**
     * Distinct attribute names in file order, shared by the parcels that have them. Immutable, so safe to share
     * between threads. Each name's UTF-8 bytes are kept too, so that the byte parser can recognise the name it
     * expects by comparing bytes ({@link #matches}) instead of decoding and looking it up.
     */
    static final class Names {
        /** No names. */
        static final Names EMPTY = new Names(new String[0]);
        /** Above this many names a hash index finds a name; below it a scan of the hash codes does. */
        private static final int SCANNED = 8;

        private final String[] keys;
        private final int[] hashes;
        /** Each name as its JSON string's bytes (quotes left out) when it needs no escape; null when it does. */
        private final byte[][] utf8;
        private final Map<String, Integer> index;

        /**
         * @param keys distinct names (null allowed), in order; kept, not copied
         */
        Names(String[] keys) {
            this.keys = keys;
            this.hashes = new int[keys.length];
            this.utf8 = new byte[keys.length][];
            for (int i = 0; i < keys.length; i++) {
                hashes[i] = Objects.hashCode(keys[i]);
                utf8[i] = JsonBytes.plainBytes(keys[i]);
            }
            if (keys.length > SCANNED) {
                index = new HashMap<>(keys.length * 2);
                for (int i = 0; i < keys.length; i++) {
                    if (index.putIfAbsent(keys[i], i) != null) {
                        throw new IllegalArgumentException("attribute name " + keys[i] + " twice");
                    }
                }
            } else {
                index = null;
                for (int i = 0; i < keys.length; i++) {
                    for (int j = 0; j < i; j++) {
                        if (Objects.equals(keys[i], keys[j])) {
                            throw new IllegalArgumentException("attribute name " + keys[i] + " twice");
                        }
                    }
                }
            }
        }

        /** {@return how many names} */
        int size() {
            return keys.length;
        }

        /**
         * {@return the name at a place}
         *
         * @param i the place, from 0
         */
        String key(int i) {
            return keys[i];
        }

        /** {@return the names as a new array} */
        String[] keys() {
            return keys.clone();
        }

        /**
         * {@return the place of a name; -1 when it is not one of these}
         *
         * @param key the name
         */
        int indexOf(Object key) {
            if (index != null) {
                Integer i = index.get(key);
                return i == null ? -1 : i;
            }
            int h = Objects.hashCode(key);
            for (int i = 0; i < keys.length; i++) {
                if (hashes[i] == h && Objects.equals(keys[i], key)) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * {@link JsonBytes#plain}: whether the JSON string whose opening quote is at {@code b[at]} is name {@code i}
         * written without escapes, so that it needs neither decoding nor validating.
         *
         * @return the index after the closing quote; -1 when the bytes are anything else
         */
        int matches(int i, byte[] b, int at, int end) {
            return JsonBytes.plain(utf8[i], b, at, end);
        }

        @Override
        public String toString() {
            return Arrays.toString(keys);
        }
    }
}
