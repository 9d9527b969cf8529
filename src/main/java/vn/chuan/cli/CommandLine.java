package vn.chuan.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.chuan.shared.Messages;
import vn.chuan.shared.Refusal;

/**
 * {@code java -jar chuan.jar <command> [options]}: batch work from the command line, for the
 * same database the application uses. Exit codes: 0 done, 1 the command failed, 2 bad usage.
 */
public final class CommandLine {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Map<String, ChuanCommand> COMMANDS = new LinkedHashMap<>();

    static {
        register(new GenerateCommand());
        register(new ImportCommand());
        register(new ImportUnitsCommand());
        register(new ImportLineageCommand());
        register(new ImportGradesCommand());
        register(new ImportScoresCommand());
        register(new ImportPlacesCommand());
        register(new CheckDataCommand());
        register(new AssessCommand());
        register(new ReportCommand());
        register(new DueCommand());
        register(new RemindersCommand());
        register(new TargetsCommand());
        register(new ExportNationalCommand());
        register(new ApiTokenCommand());
    }

    private CommandLine() {
    }

    private static void register(ChuanCommand command) {
        COMMANDS.put(command.name(), command);
    }

    /** True when the arguments name a command (or ask for help) rather than options for the server. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (COMMANDS.containsKey(args[0]) || Set.of("help", "--help", "-h").contains(args[0])
                || !args[0].startsWith("-"));
    }

    /** Runs a command; {@code application} is the Spring Boot application class, for commands that need the database. */
    public static int run(String[] args, Class<?> application) {
        ApplicationContexts.application = application;
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (Set.of("help", "--help", "-h").contains(args[0])) {
            if (args.length > 1 && COMMANDS.containsKey(args[1])) {
                out.println(COMMANDS.get(args[1]).help());
                return OK;
            }
            out.println(usage());
            return OK;
        }
        ChuanCommand command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println(Messages.text("cli.unknownCommand", args[0]));
            err.println(usage());
            return USAGE;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            out.println(command.help());
            return OK;
        }
        try {
            return command.run(Options.parse(rest, command.flags()), out, err);
        } catch (Options.UsageException e) {
            err.println(Messages.text("cli.error", e.getMessage()));
            err.println(command.help());
            return USAGE;
        } catch (RuntimeException e) {
            // A rule's refusal (a unit code that could be two units …) is an answer, not a crash.
            if (e instanceof Refusal) {
                err.println(Messages.text("cli.error", e.getMessage()));
                return FAILED;
            }
            throw e;
        }
    }

    static String usage() {
        StringBuilder sb = new StringBuilder(Messages.text("cli.help"));
        COMMANDS.values().forEach(c -> sb.append(String.format("  %-14s %s%n", c.name(), c.summary())));
        sb.append(Messages.text("cli.helpFooter"));
        return sb.toString();
    }
}
