package vn.chuan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.training.RosterImport;
import vn.chuan.training.Training;
import vn.chuan.training.TrainingClass;

/** Imports a class's roster (the places of a training class), as the class page does with its upload. */
final class ImportPlacesCommand implements ChuanCommand {

    @Override
    public String name() {
        return "import-places";
    }

    @Override
    public String summary() {
        return Messages.text("cli.importPlaces.summary");
    }

    @Override
    public String help() {
        return Messages.text("cli.importPlaces.help");
    }

    @Override
    public Set<String> flags() {
        return Set.of("dry-run");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        Optional<Path> named = FileImports.file(options, Messages.text("cli.importPlaces.classOption"), err);
        if (named.isEmpty()) {
            return CommandLine.FAILED;
        }
        Path file = named.get();
        UserScope scope = UserScope.everything(true);
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Training training = context.getBean(Training.class);
            String wanted = options.get("class", "").strip();
            Optional<TrainingClass> chosen = training.classes().stream()
                    .filter(c -> c.code().equalsIgnoreCase(wanted) || String.valueOf(c.id()).equals(wanted)).findFirst();
            if (chosen.isEmpty()) {
                err.println(Messages.text("cli.importPlaces.classNotFound", wanted));
                training.classes().forEach(c -> err.printf(Messages.text("cli.importPlaces.classLine"), c.id(), c.code(), c.programme().name(),
                        Dates.format(c.startsOn())));
                return CommandLine.FAILED;
            }
            TrainingClass trainingClass = chosen.get();
            boolean dryRun = options.has("dry-run");
            return FileImports.reading(file, err, in -> {
                RosterImport.Result result = FileImports.inTransaction(context, dryRun, () -> context.getBean(RosterImport.class)
                        .importRoster(scope, trainingClass.id(), in, file.getFileName().toString()), r -> !r.errors().isEmpty());
                if (!result.errors().isEmpty()) {
                    return FileImports.refused(result.errors(), err);
                }
                out.printf(Messages.text("cli.importPlaces.done"),
                        dryRun ? Messages.text("cli.checkedNotWrittenComma") : Messages.text("cli.imported"), trainingClass.code(),
                                trainingClass.programme().name(),
                        result.rows(), result.enrolled(), result.attending(), result.completed(), result.dropped());
                return CommandLine.OK;
            });
        }
    }
}
