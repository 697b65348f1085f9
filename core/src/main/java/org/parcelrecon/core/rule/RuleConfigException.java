package org.parcelrecon.core.rule;

import java.util.Objects;

/**
 * A rule configuration that cannot be used: bad JSON, an unknown rule id, an unknown parameter, a value of
 * the wrong type or out of range. The message names the file (or resource), the JSON path and the problem:
 * <pre>
 *   rules.json: rules.AREA_MISMATCH.bands[1].allowedPercent: expected a number, found "seven"
 *   rules.json: rules.AREA_MISSMATCH: unknown rule id; known rules: MAP_PARCEL_MISSING, ...
 *   rules.json: line 4, column 7: invalid JSON: Unexpected character ('}' (code 125)) ...
 * </pre>
 */
public final class RuleConfigException extends IllegalArgumentException {
    /** The file or resource the configuration came from. */
    private final String source;
    /** The JSON path of the offending value; empty when the problem is not at one value. */
    private final String path;
    /** What is wrong and, where possible, what would be right. */
    private final String problem;

    /**
     * @param source  the file or resource the configuration came from
     * @param path    the JSON path of the offending value, e.g. {@code rules.AREA_MISMATCH.absoluteFloorM2};
     *                empty when the problem is not at one value (e.g. a syntax error)
     * @param problem what is wrong and, where possible, what would be right
     */
    public RuleConfigException(String source, String path, String problem) {
        this(source, path, problem, null);
    }

    RuleConfigException(String source, String path, String problem, Throwable cause) {
        super(Objects.requireNonNull(source, "source") + ": "
                + (Objects.requireNonNull(path, "path").isEmpty() ? "" : path + ": ")
                + Objects.requireNonNull(problem, "problem"), cause);
        this.source = source;
        this.path = path;
        this.problem = problem;
    }

    /** {@return the file or resource the configuration came from} */
    public String source() {
        return source;
    }

    /** {@return the JSON path of the offending value; empty when the problem is not at one value} */
    public String path() {
        return path;
    }

    /** {@return what is wrong} */
    public String problem() {
        return problem;
    }
}
