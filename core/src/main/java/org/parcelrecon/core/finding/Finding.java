package org.parcelrecon.core.finding;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One thing a rule found about one register record: why it is not (or not quite) ready to sync.
 *
 * <p>Example, as a rule builds it:
 * <pre>{@code
 * Finding.builder(ReasonCode.AREA_MISMATCH, Severity.CONTRADICTION)
 *         .message("Registered area (diện tích) 120.0 m² differs from the map area 150.3 m² by 25.3%")
 *         .put("registeredAreaM2", 120.0)
 *         .put("mapAreaM2", 150.3)
 *         .build();
 * }</pre>
 *
 * <p>The evidence map keeps the order in which values were put (name → value as text; a map passed to the
 * constructor keeps its iteration order); numbers are
 * written in plain notation ({@code 12000000}, never {@code 1.2E7}). ID numbers go in through
 * {@link Builder#putId}, which masks them unless the rule was configured with {@link IdDisclosure#FULL}.
 * Two findings are equal when code, severity, message and evidence are equal.
 *
 * @param code     the stable reason code
 * @param severity how much it matters; decides the record's status (see {@link Severity})
 * @param message  for a person, in English with the Vietnamese term where it helps; never blank
 * @param evidence the values that triggered the finding, in a fixed order; unmodifiable
 */
public record Finding(ReasonCode code, Severity severity, String message, Map<String, String> evidence) {
    /**
     * Validates and copies; {@code evidence} becomes an unmodifiable map in the given iteration order.
     *
     * @param code the stable reason code
     * @param severity how much it matters; decides the record's status (see {@link Severity})
     * @param message for a person, in English with the Vietnamese term where it helps; never blank
     * @param evidence the values that triggered the finding, in a fixed order; unmodifiable
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (message.isBlank()) {
            throw new IllegalArgumentException("finding " + code + " needs a message; got a blank one");
        }
        evidence = EvidenceMap.copyOf(Objects.requireNonNull(evidence, "evidence"));
    }

    /**
     * {@return a builder for a finding with this code and severity}
     *
     * @param code the stable reason code
     * @param severity how much it matters; decides the record's status (see {@link Severity})
     */
    public static Builder builder(ReasonCode code, Severity severity) {
        return new Builder(code, severity);
    }

    /**
     * {@return this finding with another severity (used when a configuration overrides a rule's severity)}
     *
     * @param newSeverity the severity the configuration sets
     */
    public Finding withSeverity(Severity newSeverity) {
        Objects.requireNonNull(newSeverity, "newSeverity");
        return newSeverity == severity ? this : new Finding(code, newSeverity, message, evidence);
    }

    /**
     * Builds one finding. Not thread-safe; use one builder per finding.
     */
    public static final class Builder {
        private final ReasonCode code;
        private final Severity severity;
        private String[] evidence = new String[12];
        private int length;
        private String message;

        private Builder(ReasonCode code, Severity severity) {
            this.code = Objects.requireNonNull(code, "code");
            this.severity = Objects.requireNonNull(severity, "severity");
        }

        /**
         * Sets the message for a person.
         *
         * @return this builder
         * @param text what a person reads: what is wrong, with the values that show it
         */
        public Builder message(String text) {
            this.message = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Adds a text value.
         *
         * @throws IllegalArgumentException if a value was already put under this name
         * @return this builder
         * @param name the evidence name, e.g. {@code registeredAreaM2}
         * @param value the value as text
         */
        public Builder put(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (EvidenceMap.indexOf(evidence, length, name) >= 0) {
                throw new IllegalArgumentException("finding " + code + " already has evidence named " + name);
            }
            if (length == evidence.length) {
                evidence = java.util.Arrays.copyOf(evidence, length * 2);
            }
            evidence[length++] = name;
            evidence[length++] = value;
            return this;
        }

        /**
         * Adds a number, written in plain notation ({@code 150.3}, {@code 12000000}).
         *
         * @return this builder
         * @param name the evidence name, e.g. {@code registeredAreaM2}
         * @param value a finite number
         */
        public Builder put(String name, double value) {
            return put(name, plain(value));
        }

        /**
         * Adds a whole number.
         *
         * @return this builder
         * @param name the evidence name, e.g. {@code landUsers}
         * @param value the number
         */
        public Builder put(String name, long value) {
            return put(name, Long.toString(value));
        }

        /**
         * Adds a yes/no value as {@code true} or {@code false}.
         *
         * @return this builder
         * @param name the evidence name, e.g. {@code renumbered}
         * @param value the value
         */
        public Builder put(String name, boolean value) {
            return put(name, Boolean.toString(value));
        }

        /**
         * Adds an ID number, masked or in full as {@code disclosure} says.
         *
         * @return this builder
         * @param name the evidence name, e.g. {@code idNumber}
         * @param idNumber the ID number as read
         * @param disclosure whether to mask it ({@link IdDisclosure#MASKED}, the default) or show it in full
         */
        public Builder putId(String name, String idNumber, IdDisclosure disclosure) {
            return put(name, disclosure.apply(idNumber));
        }

        /**
         * {@return the finding}
         *
         * @throws IllegalStateException if no message was set
         */
        public Finding build() {
            if (message == null) {
                throw new IllegalStateException("finding " + code + " needs a message");
            }
            return new Finding(code, severity, message, EvidenceMap.of(evidence, length));
        }

        private static String plain(double value) {
            String s = Double.toString(value);
            if (s.indexOf('E') < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                return s;
            }
            return BigDecimal.valueOf(value).toPlainString();
        }
    }
}
