package org.parcelrecon.reconcile.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parcelrecon.core.rule.Rule;
import org.parcelrecon.reconcile.ReconcileInput;
import org.parcelrecon.reconcile.ReconcileSettings;

/**
 * What a run was, as the history remembers it besides its records.
 *
 * @param started   when the run started
 * @param inputs    its input files, register first
 * @param rules     the rules in words: their ids, whether discovered rules were added, the configuration's source
 * @param rulesHash the SHA-256 of {@link #rules()} and the configuration file's content: equal hashes, same rules
 */
public record RunInfo(Instant started, List<InputFile> inputs, String rules, String rulesHash) {
    /**
     * Checks for nulls and copies the list.
     *
     * @param started when the run started
     * @param inputs its input files, register first
     * @param rules the rules in words: their ids, whether discovered rules were added, the configuration's source
     * @param rulesHash the SHA-256 of {@link #rules()} and the configuration file's content: equal hashes, same rules
     */
    public RunInfo {
        Objects.requireNonNull(started, "started");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(rulesHash, "rulesHash");
    }

    /**
     * Describes a run: hashes every input file (reading each once) and the rule configuration file, if any.
     *
     * @param ruleFile the file {@link ReconcileSettings#ruleConfig()} was read from, when it was read from one
     * @throws IOException naming a file that cannot be read
     * @param started when the run started
     * @param input the run's input files
     * @param settings the run's settings
     * @return what the history records of the run before it starts
     */
    public static RunInfo describe(ReconcileInput input, ReconcileSettings settings, Optional<Path> ruleFile,
                                   Instant started) throws IOException {
        List<InputFile> files = new ArrayList<>();
        files.add(InputFile.of("register", input.register()));
        if (input.map().isPresent()) {
            files.add(InputFile.of("map", input.map().get()));
        }
        if (input.oldMap().isPresent()) {
            files.add(InputFile.of("old_map", input.oldMap().get()));
        }
        if (input.population().isPresent()) {
            files.add(InputFile.of("population", input.population().get()));
        }
        Optional<InputFile> config = Optional.empty();
        if (ruleFile.isPresent()) {
            config = Optional.of(InputFile.of("rules", ruleFile.get()));
            files.add(config.get());
        }
        String rules = "rules " + settings.rules().stream().map(Rule::id).collect(Collectors.joining(","))
                + (settings.discoverRules() ? " and those on the class path" : "")
                + "; configuration " + settings.ruleConfig().map(c -> c.source()).orElse("none")
                + config.map(c -> " (sha256 " + c.sha256() + ")").orElse("");
        String hash = HexFormat.of().formatHex(InputFile.digest().digest(rules.getBytes(StandardCharsets.UTF_8)));
        return new RunInfo(started, files, rules, hash);
    }
}
