package org.parcelrecon.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** Runs the command tree in-process and captures exit code, stdout and stderr, as picocli's docs advise. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return withStdin(null, args);
    }

    static CliRun withStdin(String stdin, String... args) {
        return withStdinBytes(stdin == null ? null : stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Runs with these bytes on standard input (e.g. a legacy code page). */
    static CliRun withStdinBytes(byte[] stdin, String... args) {
        CommandLine cl = ParcelRecon.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        InputStream saved = System.in;
        try {
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin));
            }
            int code = cl.execute(args);
            return new CliRun(code, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    List<String> outLines() {
        return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
    }
}
