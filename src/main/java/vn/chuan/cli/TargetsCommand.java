package vn.chuan.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.TabularFile;
import vn.chuan.targets.TargetProgress;
import vn.chuan.targets.Targets;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** Prints where each target that applies to a unit stands on a date. */
final class TargetsCommand implements ChuanCommand {

    private static final List<String> HEADER = List.of(Messages.text("cli.targets.indicator"), Messages.text("cli.targets.document"),
            Messages.text("cli.targets.now"),
            Messages.text("cli.targets.meetingOfTotal"), Messages.text("cli.targets.threshold"), Messages.text("cli.targets.deadline"),
            Messages.text("cli.targets.gapPoints"), Messages.text("cli.targets.gapPeople"), Messages.text("cli.targets.forecast"),
                    Messages.text("cli.targets.status"));

    @Override
    public String name() {
        return "targets";
    }

    @Override
    public String summary() {
        return Messages.text("cli.targets.summary");
    }

    @Override
    public String help() {
        return Messages.text("cli.targets.help");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        if (!options.positional().isEmpty()) {
            throw new Options.UsageException(Messages.text("cli.unexpectedArgument", options.positional().get(0)));
        }
        if (!options.has("unit")) {
            throw new Options.UsageException(Messages.text("cli.report.unitRequired"));
        }
        String format = options.get("format", "text");
        if (!List.of("text", "csv").contains(format)) {
            err.println(Messages.text("cli.targets.unknownFormat", format));
            return CommandLine.USAGE;
        }
        LocalDate asOf = options.date("as-of", Dates.today());
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Optional<Unit> unit = context.getBean(Units.class).findByCode(options.get("unit", ""), asOf);
            if (unit.isEmpty()) {
                err.println(Messages.text("cli.unitNotFoundOn", options.get("unit", ""), Dates.format(asOf)));
                return CommandLine.FAILED;
            }
            List<TargetProgress> progress = context.getBean(Targets.class).progress(UserScope.everything(false), unit.get(), asOf);
            if (format.equals("csv")) {
                StringBuilder csv = new StringBuilder(TabularFile.csvLine(HEADER));
                for (TargetProgress p : progress) {
                    csv.append(TabularFile.csvLine(List.of(p.target().indicator().name(),
                            p.target().plan() == null ? "" : p.target().plan().number(), percent(p.value()),
                            p.today().known() ? p.today().meeting() + "/" + p.today().population() : "",
                            percent(p.target().threshold().doubleValue()), Dates.format(p.target().deadline()), percent(p.gapPoints()),
                            String.valueOf(p.gapPeople()), percent(p.projection().projected()), p.status().label())));
                }
                out.print(csv);
                return CommandLine.OK;
            }
            out.println(Messages.text("cli.targets.title", unit.get().name(), unit.get().code(), Dates.format(asOf)));
            if (progress.isEmpty()) {
                out.println(Messages.text("cli.targets.none"));
            }
            int n = 0;
            for (TargetProgress p : progress) {
                out.println();
                out.println(++n + ". " + p.target().indicator().name() + "  [" + p.status().label() + "]");
                out.println(Messages.text("cli.targets.line", (p.target().plan() == null ? "" : p.target().plan().number() + " · "),
                        shareOf(p.value()), (p.today().known() ? " (" + p.today().meeting() + "/" + p.today().population() + ")" : ""),
                        shareOf(p.target().threshold().doubleValue()), Dates.format(p.target().deadline())));
                out.println(Messages.text("cli.targets.gapLine", p.gapPeople(), percent(p.gapPoints()),
                        shareOf(p.projection().projected()), p.projection().leaving()));
            }
            return CommandLine.OK;
        }
    }

    private static String shareOf(Double value) {
        return value == null ? "—" : percent(value) + "%";
    }

    private static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.forLanguageTag("vi"), "%.1f", value);
    }
}
