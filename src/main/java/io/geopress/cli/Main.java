package io.geopress.cli;

import io.geopress.model.GeopressException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code geopress} command: exit code 0 on success, non-zero with a one-line error on failure. */
@Command(name = "geopress", mixinStandardHelpOptions = true, version = "geopress " + Main.VERSION,
        description = "Bilingual (Chinese / English) publishing engine for Generative Engine Optimization.",
        subcommands = {InitCommand.class, ImportCommand.class, PublishCommand.class, WithdrawCommand.class,
                BuildCommand.class, ServeCommand.class, DemoCommand.class, ListCommand.class, EnrichCommand.class,
                EditCommand.class, HistoryCommand.class, RenameCommand.class, AuditCommand.class, SimulateCommand.class,
                OptimizeCommand.class, QueriesCommand.class})
public final class Main {
    static final String VERSION = "0.1.0";
    /** Set to anything, it has every command print the stack trace of a failure, as {@code --debug} does. */
    static final String DEBUG_VARIABLE = "GEOPRESS_DEBUG";

    @Option(names = "--site", paramLabel = "DIR",
            description = "The site folder for the command that follows (default: the current folder).")
    Path site;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On failure, print the stack trace too (as GEOPRESS_DEBUG=1 does).")
    boolean debug;

    public static void main(String[] args) {
        Terminal.install();
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = commandLine(CommandLine.defaultFactory());
        try {
            return cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) { // picocli hands errors on; they still get one line
            System.err.println("geopress: error: " + Terminal.line(e.getClass().getSimpleName() + " "
                    + (e instanceof OutOfMemoryError ? "(out of memory: give the JVM more with GEOPRESS_JAVA_OPTS=-Xmx4g)"
                            : "(input nested too deeply)"))
                    + (debug(args) ? "" : "; run again with --debug for the details"));
            if (debug(args)) e.printStackTrace();
            return 1;
        }
    }

    /** The command line with its error handling, its commands made by {@code factory} (tests give them fakes). */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new Main(), factory);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean debug = debug(parseResult.originalArgs().toArray(String[]::new));
            if (e instanceof GeopressException || e instanceof IllegalArgumentException) {
                err.println("geopress: error: " + Terminal.line(e.getMessage()));
            } else {
                err.println("geopress: error: " + Terminal.line("internal error: " + e)
                        + (debug ? "" : " (run again with --debug for the details)"));
            }
            if (debug) e.printStackTrace(err);
            err.flush();
            return 1;
        });
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            String help = command.getCommandName().equals("geopress") ? "geopress --help" : "geopress " + command.getCommandName() + " --help";
            command.getErr().println("geopress: error: " + Terminal.line(e.getMessage()) + " (see " + help + ")");
            command.getErr().flush();
            return 2;
        });
        return cli;
    }

    /** Whether the stack trace of a failure is wanted: {@code --debug} anywhere before {@code --}, or the variable. */
    private static boolean debug(String[] args) {
        if (System.getenv(DEBUG_VARIABLE) != null && !System.getenv(DEBUG_VARIABLE).isEmpty()) return true;
        for (String arg : args) {
            if (arg.equals("--")) return false;
            if (arg.equals("--debug")) return true;
        }
        return false;
    }
}
