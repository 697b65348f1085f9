package org.parcelrecon.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parcelrecon} command: one command tree, one exit.
 *
 * <p>Exit codes: 0 success, 1 a software or input error (message on standard error), 2 a usage error.
 */
@Command(name = "parcelrecon",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT, // every subcommand takes --help and --version too
        versionProvider = ParcelRecon.Version.class,
        description = "Reconciles land-register, cadastral-map and population data, parcel by parcel.",
        subcommands = {DemoCommand.class, ReconcileCommand.class, NormalizeCommand.class, CheckMapCommand.class, CompareMapsCommand.class, LinkCommand.class, LookupCommand.class, EvaluateCommand.class, GenerateCommand.class, HistoryCommand.class, DiffCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:error in the software or the input (message on stderr)", "2:usage error"})
public final class ParcelRecon implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Builds the command tree; tests call this and capture output with {@code setOut}/{@code setErr}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ParcelRecon());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    /** Runs the command; standard output and error are UTF-8 whatever the platform's locale. */
    public static void main(String[] args) {
        CommandLine cl = commandLine();
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            cl.getErr().println("parcelrecon: " + outOfMemory());
            cl.getErr().flush();
            code = 1;
        }
        System.exit(code);
    }

    /**
     * The one line that replaces an {@link OutOfMemoryError}'s stack trace: how much heap the run had and which
     * option raises it.
     */
    static String outOfMemory() {
        long mb = Runtime.getRuntime().maxMemory() >> 20;
        return "out of memory (Java heap of " + mb + " MB): give Java more, e.g. PARCELRECON_JAVA_OPTS=-Xmx8g"
                + " bin/parcelrecon ..., or java -Xmx8g -jar parcelrecon-cli-all.jar ...";
    }

    /** Whether an exception was caused by the heap running out (in a worker thread, say). */
    static boolean outOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand; see 'parcelrecon help'.");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ParcelRecon.class.getPackage().getImplementationVersion();
            return new String[] {"parcelrecon " + (v == null ? "development build" : v)};
        }
    }

    static String describe(Exception ex) {
        if (ex instanceof java.nio.file.NoSuchFileException e) {
            return "no such file: " + e.getFile();
        }
        if (ex instanceof java.nio.file.AccessDeniedException e) {
            return "cannot read or write (access denied): " + e.getFile();
        }
        return ex.getMessage() == null ? ex.toString() : ex.getMessage();
    }

    /** Prints the message, not the stack trace, unless {@code PARCELRECON_VERBOSE} is set. */
    static final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
            cl.getErr().println("parcelrecon: " + (outOfMemory(ex) ? outOfMemory() : describe(ex)));
            if (System.getenv("PARCELRECON_VERBOSE") != null) {
                ex.printStackTrace(cl.getErr());
            }
            return 1;
        }
    }
}
