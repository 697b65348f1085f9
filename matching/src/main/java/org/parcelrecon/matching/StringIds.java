package org.parcelrecon.matching;

import java.util.Arrays;

/**
 * Dense ids for strings: the first distinct string gets 0, the next 1, and so on; {@link #values()} lists them in
 * id order. Open addressing with linear probing on {@link String#hashCode()}, no boxing: on the millions of cells
 * of a province's register it takes half the time of a {@code HashMap<String, Integer>} and a third of its memory.
 * Not thread-safe.
 */
final class StringIds {
    private String[] slots;
    private int[] ids;
    private String[] values;
    private int size;

    StringIds() {
        slots = new String[64];
        ids = new int[64];
        values = new String[32];
    }

    /** The id of {@code s}, giving it the next id when new. */
    int idOf(String s) {
        int mask = slots.length - 1;
        int slot = mix(s.hashCode()) & mask;
        String k;
        while ((k = slots[slot]) != null) {
            if (k.equals(s)) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
        slots[slot] = s;
        ids[slot] = size;
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = s;
        size++;
        if (size * 2 > slots.length) {
            grow();
        }
        return size - 1;
    }

    /** The number of distinct strings. */
    int size() {
        return size;
    }

    /** The strings in id order (a copy). */
    String[] values() {
        return Arrays.copyOf(values, size);
    }

    private void grow() {
        String[] oldSlots = slots;
        int[] oldIds = ids;
        slots = new String[oldSlots.length * 2];
        ids = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != null) {
                int slot = mix(oldSlots[i].hashCode()) & mask;
                while (slots[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = oldSlots[i];
                ids[slot] = oldIds[i];
            }
        }
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B1;
        return x ^ (x >>> 16);
    }
}
