package vn.chuan.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.due.DueDates;
import vn.chuan.due.DueItem;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.TabularFile;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** Prints what falls due in a unit and below within a number of days: one line per item. */
final class DueCommand implements ChuanCommand {

    @Override
    public String name() {
        return "due";
    }

    @Override
    public String summary() {
        return Messages.text("cli.due.summary");
    }

    @Override
    public String help() {
        return Messages.text("cli.due.help");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        if (!options.has("unit")) {
            throw new Options.UsageException(Messages.text("cli.due.unitRequired"));
        }
        String format = options.get("format", "text");
        if (!format.equals("text") && !format.equals("csv")) {
            err.println(Messages.text("cli.due.unknownFormat", format));
            return CommandLine.USAGE;
        }
        int within;
        try {
            within = Integer.parseInt(options.get("within", "90").strip());
        } catch (NumberFormatException e) {
            err.println(Messages.text("cli.due.badWithin", options.get("within", "")));
            return CommandLine.USAGE;
        }
        if (within < 0 || within > 3660) {
            err.println(Messages.text("cli.due.badWithin", within));
            return CommandLine.USAGE;
        }
        LocalDate today = Dates.today();
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Optional<Unit> unit = context.getBean(Units.class).findByCode(options.get("unit", ""), today);
            if (unit.isEmpty()) {
                err.println(Messages.text("cli.unitNotFoundOn", options.get("unit", ""), Dates.format(today)));
                return CommandLine.FAILED;
            }
            List<DueItem> items = context.getBean(DueDates.class).between(UserScope.system(), unit.get(), today, today.plusDays(within));
            if (format.equals("csv")) {
                out.print('\uFEFF');
                out.print(TabularFile.csvLine(List.of(Messages.text("due.column.kind"), Messages.text("due.column.date"),
                        Messages.text("due.column.code"), Messages.text("due.column.person"), Messages.text("due.column.unit"),
                        Messages.text("due.column.detail"), Messages.text("due.column.source"))));
            }
            for (DueItem item : items) {
                List<String> cells = List.of(item.kind().label(), Dates.format(item.date()), item.personCode(), item.personName(),
                        item.unitName(), item.detail(), item.source());
                out.print(format.equals("csv") ? TabularFile.csvLine(cells) : String.join("\t", cells) + System.lineSeparator());
            }
            if (format.equals("text")) {
                err.println(Messages.text("cli.due.done", items.size(), unit.get().name(), Dates.format(today),
                        Dates.format(today.plusDays(within))));
            }
            return CommandLine.OK;
        }
    }
}
