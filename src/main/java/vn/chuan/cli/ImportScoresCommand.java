package vn.chuan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.evaluation.CompetencyTest;
import vn.chuan.evaluation.CompetencyTests;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;

/** Imports the scores of a competency test (sát hạch), as the test's page does with its upload. */
final class ImportScoresCommand implements ChuanCommand {

    @Override
    public String name() {
        return "import-scores";
    }

    @Override
    public String summary() {
        return Messages.text("cli.importScores.summary");
    }

    @Override
    public String help() {
        return Messages.text("cli.importScores.help");
    }

    @Override
    public Set<String> flags() {
        return Set.of("dry-run");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        Optional<Path> named = FileImports.file(options, Messages.text("cli.importScores.testOption"), err);
        int testId = options.intValue("test", 0, 1, Integer.MAX_VALUE);
        if (named.isEmpty()) {
            return CommandLine.FAILED;
        }
        Path file = named.get();
        UserScope scope = UserScope.everything(true);
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            CompetencyTests tests = context.getBean(CompetencyTests.class);
            Optional<CompetencyTest> test = tests.test(scope, testId);
            if (test.isEmpty()) {
                err.println(Messages.text("cli.importScores.testNotFound", testId));
                tests.tests(scope).forEach(t -> err.printf("  %d  %s (%s, %s)%n", t.id(), t.name(), t.unitName(), Dates.format(t.heldOn())));
                return CommandLine.FAILED;
            }
            boolean dryRun = options.has("dry-run");
            return FileImports.reading(file, err, in -> {
                List<String> errors = FileImports.inTransaction(context, dryRun,
                        () -> tests.importScores(scope, testId, in, file.getFileName().toString()), found -> !found.isEmpty());
                if (!errors.isEmpty()) {
                    return FileImports.refused(errors, err);
                }
                out.printf(Messages.text("cli.importScores.done"),
                        dryRun ? Messages.text("cli.checkedNotWritten") : Messages.text("cli.imported"), test.get().name(),
                        test.get().unitName());
                return CommandLine.OK;
            });
        }
    }
}
