package vn.chuan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.evaluation.EvaluationRound;
import vn.chuan.evaluation.Evaluations;
import vn.chuan.evaluation.GradeImport;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.Shares;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** Imports a year's evaluation grades (into the round of that year and unit, opened when there is none). */
final class ImportGradesCommand implements ChuanCommand {

    @Override
    public String name() {
        return "import-grades";
    }

    @Override
    public String summary() {
        return Messages.text("cli.importGrades.summary");
    }

    @Override
    public String help() {
        return Messages.text("cli.importGrades.help");
    }

    @Override
    public Set<String> flags() {
        return Set.of("closed", "dry-run");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        Optional<Path> named = FileImports.file(options, Messages.text("cli.importGrades.yearOption"), err);
        int year = options.intValue("year", 0, 2000, 2100);
        if (named.isEmpty()) {
            return CommandLine.FAILED;
        }
        Path file = named.get();
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Units units = context.getBean(Units.class);
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            LocalDate today = Dates.today();
            LocalDate on = yearEnd.isAfter(today) ? today : yearEnd;
            Optional<Unit> unit = options.has("unit") ? units.findByCodeAsWritten(options.get("unit", ""), on)
                    : units.roots().stream().filter(u -> u.isValidOn(on)).findFirst();
            if (unit.isEmpty()) {
                err.println(Messages.text("cli.importGrades.unitNotFound", options.get("unit", Messages.text("cli.importGrades.province")),
                        Dates.format(on)));
                return CommandLine.FAILED;
            }
            UserScope scope = UserScope.everything(true);
            Evaluations evaluations = context.getBean(Evaluations.class);
            GradeImport grades = context.getBean(GradeImport.class);
            boolean closed = options.has("closed");
            boolean dryRun = options.has("dry-run");
            return FileImports.reading(file, err, in -> {
                GradeImport.Result result = FileImports.inTransaction(context, dryRun, () -> {
                    long roundId = evaluations.rounds(scope).stream().filter(r -> r.year() == year && r.unitId() == unit.get().id().value())
                            .map(EvaluationRound::id).findFirst().orElseGet(() -> evaluations.openRound(scope, year, unit.get().id().value()));
                    return grades.importGrades(scope, roundId, in, file.getFileName().toString(), closed);
                }, r -> !r.errors().isEmpty());
                if (!result.errors().isEmpty()) {
                    return FileImports.refused(result.errors(), err);
                }
                out.printf(Messages.text("cli.importGrades.done"), dryRun ? Messages.text("cli.willWrite") : Messages.text("cli.written"),
                        Shares.count(result.saved()), year,
                        Shares.count(result.rows()), unit.get().name(), closed ? Messages.text("cli.importGrades.closed") : "");
                if (closed && !dryRun) {
                    List<Evaluations.QuotaBreach> breaches = evaluations.decidedBreaches(scope).stream().filter(b -> b.year() == year).toList();
                    breaches.forEach(b -> out.println(Messages.text("cli.importGrades.aboveQuota", b.unitName(), b.detail())));
                }
                return CommandLine.OK;
            });
        }
    }
}
