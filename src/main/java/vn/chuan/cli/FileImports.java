package vn.chuan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.shared.Messages;
import vn.chuan.shared.Refusal;

/** What the commands that import one file share: the file argument, the dry run, the refusal. */
final class FileImports {

    private FileImports() {
    }

    /** The one file named on the command line, or empty after saying it does not exist. */
    static Optional<Path> file(Options options, String requiredOption, PrintStream err) {
        if (options.positional().size() != 1) {
            throw new Options.UsageException(Messages.text("cli.oneFileRequired"));
        }
        if (requiredOption != null && !options.has(requiredOption.substring(0, requiredOption.indexOf(' ')))) {
            throw new Options.UsageException(Messages.text("cli.optionRequired", requiredOption));
        }
        Path file = Path.of(options.positional().get(0));
        if (!Files.isRegularFile(file)) {
            err.println(Messages.text("cli.fileNotFound", file));
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** Runs the import in one transaction, rolled back on a dry run or when the import found errors. */
    static <T> T inTransaction(ConfigurableApplicationContext context, boolean dryRun, Supplier<T> work, Predicate<T> refused) {
        return context.getBean(TransactionTemplate.class).execute(status -> {
            T result = work.get();
            if (dryRun || refused.test(result)) {
                status.setRollbackOnly();
            }
            return result;
        });
    }

    /** The import proper, given the opened file. */
    @FunctionalInterface
    interface Reading {
        int from(InputStream in);
    }

    /**
     * Opens the file and runs the import on it: a file that cannot be read, or a rule's refusal (the
     * import's transaction rolled back), is said in one sentence and exits 1.
     */
    static int reading(Path file, PrintStream err, Reading body) {
        try (InputStream in = Files.newInputStream(file)) {
            return body.from(in);
        } catch (IOException e) {
            err.println(Messages.text("cli.fileUnreadable", e.getMessage()));
            return CommandLine.FAILED;
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal)) {
                throw e;
            }
            err.println(Messages.text("cli.error", e.getMessage()));
            err.println(Messages.text("cli.nothingWritten"));
            return CommandLine.FAILED;
        }
    }

    /** Prints every error and that nothing was written. */
    static int refused(List<String> errors, PrintStream err) {
        errors.forEach(e -> err.println(Messages.text("cli.error", e)));
        err.println(Messages.text("cli.nothingWrittenErrors", errors.size()));
        return CommandLine.FAILED;
    }
}
