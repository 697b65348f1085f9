package org.parcelrecon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import org.parcelrecon.core.citizen.CitizenIds;
import org.parcelrecon.core.text.TextFileEncoding;
import org.parcelrecon.core.text.TextFiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parcelrecon normalize KIND [VALUE...]}: normalises values one by one and prints one JSON object per
 * value, in input order. A value that cannot be normalised gives {@code "valid": false} and a reason; the run
 * goes on. Citizen ID numbers are masked unless {@code --show-ids} is given.
 */
@Command(name = "normalize",
        description = {"Normalise parcel keys, names, citizen IDs or free text; one JSON object per value.",
            "Values come from the arguments, or one per line from standard input (UTF-8) when none are given."})
final class NormalizeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", converter = NormalizeKind.Converter.class,
            completionCandidates = NormalizeKind.Names.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    NormalizeKind kind;

    @Parameters(index = "1..*", paramLabel = "VALUE", description = "Values to normalise (default: stdin lines).")
    List<String> values = List.of();

    @Option(names = "--show-ids", description = "Print citizen ID numbers in full (default: masked, 022*******34).")
    boolean showIds;

    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "auto", converter = EncodingOption.class,
            description = {"How standard input is encoded: auto (default: a byte-order mark, UTF-8, or a Vietnamese "
                + "code page detected), utf-8, utf-16, windows-1258, tcvn3 or vni."})
    TextFileEncoding encoding;

    @Option(names = "--compact", description = {"For parcel-key: also accept the compact forms 12/345 and " +
        "06652-12-345, which are ambiguous with dates in free text."})
    boolean compactKeys;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        // made here, not as a field: picocli builds every command object at each start, and an ObjectMapper costs
        // about 80 ms (parcelrecon --version, compare-maps and the rest would pay it)
        ObjectMapper json = new ObjectMapper();
        Normalizer normalizer = new Normalizer(json, showIds, compactKeys);
        if (!values.isEmpty()) {
            for (String v : values) {
                print(out, json, normalizer, v);
            }
        } else {
            BufferedReader in = TextFiles.open(System.in, "standard input", encoding);
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                print(out, json, normalizer, line);
            }
        }
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, ObjectMapper json, Normalizer normalizer, String value) throws IOException {
        ObjectNode node;
        try {
            node = normalizer.normalize(kind, value);
        } catch (RuntimeException e) {
            // A bug must not lose the line: report it in place and go on.
            node = json.createObjectNode();
            node.put("input", showIds ? value : CitizenIds.maskWithin(value));
            node.put("valid", false);
            node.put("error", "internal error: " + e);
        }
        out.println(json.writeValueAsString(node));
    }
}
