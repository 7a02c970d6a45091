package io.geopress.cli;

import io.geopress.model.GeopressException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code geopress} command: exit code 0 on success, non-zero with a one-line error on failure. */
@Command(name = "geopress", mixinStandardHelpOptions = true, version = "geopress 0.1.0",
        description = "Bilingual (Chinese / English) publishing engine for Generative Engine Optimization.",
        subcommands = {InitCommand.class, ImportCommand.class, PublishCommand.class, BuildCommand.class,
                ServeCommand.class, DemoCommand.class, ListCommand.class, EnrichCommand.class, EditCommand.class, HistoryCommand.class, RenameCommand.class})
public final class Main {
    @picocli.CommandLine.Option(names = "--site", paramLabel = "DIR",
            description = "The site folder for the command that follows (default: the current folder).")
    java.nio.file.Path site;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return commandLine(CommandLine.defaultFactory()).execute(args);
    }

    /** The command line with its error handling, its commands made by {@code factory} (tests give them fakes). */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new Main(), factory);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof GeopressException || e instanceof IllegalArgumentException) {
                err.println("geopress: error: " + e.getMessage());
            } else {
                err.println("geopress: error: " + e);
                if (System.getenv("GEOPRESS_DEBUG") != null) e.printStackTrace(err);
            }
            err.flush();
            return 1;
        });
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            String help = command.getCommandName().equals("geopress") ? "geopress --help" : "geopress " + command.getCommandName() + " --help";
            command.getErr().println("geopress: error: " + e.getMessage() + " (see " + help + ")");
            command.getErr().flush();
            return 2;
        });
        return cli;
    }
}
