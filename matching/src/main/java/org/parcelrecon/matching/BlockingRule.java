package org.parcelrecon.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One blocking rule: two records become a candidate pair when all its keys are present and equal in both.
 *
 * <p>A model's rules are a union: a pair is a candidate when any rule holds, and it is generated once (by the
 * first rule that holds). Example: {@code fold(first_name) & year(dob)} pairs records whose folded first names
 * and birth years are equal; a record without a birth year is never paired by this rule.
 *
 * @param name a label for reports; defaults to the keys joined by {@code " & "}
 * @param keys the keys that must all be equal, at least one
 */
public record BlockingRule(String name, List<KeyRef> keys) {
    /**
     * Checks there is at least one key and fills in the name.
     *
     * @param name a label for reports; defaults to the keys joined by {@code " & "}
     * @param keys the keys that must all be equal, at least one
     */
    public BlockingRule {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a blocking rule needs at least one key" + (name.isBlank() ? ""
                    : " (rule '" + name + "')"));
        }
        if (name.isBlank()) {
            name = keys.stream().map(KeyRef::toString).collect(Collectors.joining(" & "));
        }
    }

    /**
     * {@return a rule named after its keys}
     *
     * @param keys the keys that must all be equal, at least one
     */
    public static BlockingRule on(KeyRef... keys) {
        return new BlockingRule("", Arrays.asList(keys));
    }

    /** {@return the columns the rule reads} */
    public List<String> columns() {
        return keys.stream().map(KeyRef::column).distinct().collect(Collectors.toList());
    }
}
