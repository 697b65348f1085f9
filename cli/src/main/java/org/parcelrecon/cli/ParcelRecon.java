package org.parcelrecon.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:error in the software or the input (message on stderr)", "2:usage error"})
public final class ParcelRecon implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The subcommands, in the order help lists them, each with its name (the {@code name} of its {@code @Command},
     * which {@code ParcelReconTest} checks): the name lets {@link #commandLine(String[])} pick one without loading
     * the others.
     */
    static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand("demo", DemoCommand.class),
            new Subcommand("reconcile", ReconcileCommand.class),
            new Subcommand("normalize", NormalizeCommand.class),
            new Subcommand("check-map", CheckMapCommand.class),
            new Subcommand("compare-maps", CompareMapsCommand.class),
            new Subcommand("link", LinkCommand.class),
            new Subcommand("lookup", LookupCommand.class),
            new Subcommand("evaluate", EvaluateCommand.class),
            new Subcommand("generate", GenerateCommand.class),
            new Subcommand("history", HistoryCommand.class),
            new Subcommand("diff", DiffCommand.class),
            new Subcommand("help", CommandLine.HelpCommand.class));

    /** A subcommand's name and class. */
    record Subcommand(String name, Class<?> type) {
    }

    /** Builds the command tree; tests call this and capture output with {@code setOut}/{@code setErr}. */
    public static CommandLine commandLine() {
        return tree(SUBCOMMANDS);
    }

    /**
     * The command tree for {@code args}: when they start with a subcommand's name (other than {@code help}, which
     * lists the others), the tree holds that subcommand alone, since nothing else can run. Picocli builds a
     * command's model by reflection over its annotated fields, loading the types they name: the whole tree costs
     * about 0.1 s of a run's start (a third of it), one subcommand a fraction of that. What the run prints (its
     * help, usage errors, version) is the same either way.
     */
    static CommandLine commandLine(String[] args) {
        if (args.length > 0 && !args[0].equals("help")) {
            for (Subcommand s : SUBCOMMANDS) {
                if (s.name().equals(args[0])) {
                    return tree(List.of(s));
                }
            }
        }
        return commandLine();
    }

    private static CommandLine tree(List<Subcommand> subcommands) {
        CommandLine cl = new CommandLine(new ParcelRecon());
        for (Subcommand s : subcommands) {
            cl.addSubcommand(s.name(), s.type());
        }
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    /** Runs the command; standard output and error are UTF-8 whatever the platform's locale. */
    public static void main(String[] args) {
        CommandLine cl = commandLine(args);
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
