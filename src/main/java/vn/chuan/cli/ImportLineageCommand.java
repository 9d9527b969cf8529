package vn.chuan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.imports.Reorganisation;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.units.Unit;

/** Imports the official list of a reorganisation of units (which old units went into which new ones). */
final class ImportLineageCommand implements ChuanCommand {

    @Override
    public String name() {
        return "import-lineage";
    }

    @Override
    public String summary() {
        return Messages.text("cli.importLineage.summary");
    }

    @Override
    public String help() {
        return Messages.text("cli.importLineage.help");
    }

    @Override
    public Set<String> flags() {
        return Set.of("move-people", "dry-run");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        if (options.positional().size() != 1) {
            throw new Options.UsageException(Messages.text("cli.oneFileRequired"));
        }
        if (!options.has("on")) {
            throw new Options.UsageException(Messages.text("cli.importLineage.onRequired"));
        }
        LocalDate on = options.date("on", null);
        Path file = Path.of(options.positional().get(0));
        if (!Files.isRegularFile(file)) {
            err.println(Messages.text("cli.fileNotFound", file));
            return CommandLine.FAILED;
        }
        boolean dryRun = options.has("dry-run");
        try (ConfigurableApplicationContext context = ApplicationContexts.open(); InputStream in = Files.newInputStream(file)) {
            Reorganisation reorganisation = context.getBean(Reorganisation.class);
            Reorganisation.Result result = reorganisation.importList(UserScope.everything(true), in, file.getFileName().toString(), on,
                    options.has("move-people"), dryRun);
            if (!result.lineage().succeeded()) {
                result.lineage().errors().forEach(e -> err.println(Messages.text("cli.error", e)));
                err.println(Messages.text("cli.nothingWrittenErrors", result.lineage().errors().size()));
                return CommandLine.FAILED;
            }
            String verb = dryRun ? Messages.text("cli.willPrefix") : Messages.text("cli.donePrefix");
            out.println(Messages.text("cli.importLineage.links", verb, result.lineage().links().size(), Dates.format(on)));
            for (Unit closed : result.lineage().closed()) {
                out.println(Messages.text("cli.importLineage.unitEnds", closed.name(), closed.code(), Dates.format(on.minusDays(1))));
            }
            if (options.has("move-people")) {
                out.println(Messages.text("cli.importLineage.peopleMoved", verb, result.moved(), Dates.format(on)));
            }
            if (!result.toAssign().isEmpty()) {
                out.println(Messages.text("cli.importLineage.peopleOfSplitUnit"));
                result.toAssign().forEach(p -> out.println("  " + p));
            }
            return CommandLine.OK;
        } catch (IOException e) {
            err.println(Messages.text("cli.fileUnreadable", e.getMessage()));
            return CommandLine.FAILED;
        }
    }
}
