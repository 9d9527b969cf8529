package vn.chuan.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.evaluation.Evaluations;
import vn.chuan.evaluation.Grade;
import vn.chuan.evaluation.GradeMix;
import vn.chuan.reports.BreakdownColumn;
import vn.chuan.reports.ReportColumn;
import vn.chuan.reports.ReportPdf;
import vn.chuan.reports.ReportTable;
import vn.chuan.reports.ReportWorkbook;
import vn.chuan.reports.Reports;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PaperHeading;
import vn.chuan.shared.StaffCategory;
import vn.chuan.shared.TabularFile;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** Prints a report form for a unit as of a date. */
final class ReportCommand implements ChuanCommand {

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return Messages.text("cli.report.summary");
    }

    @Override
    public String help() {
        return Messages.text("cli.report.help").formatted(
                BreakdownColumn.By.ALL.stream().map(b -> b.key()).collect(Collectors.joining(", ")));
    }

    @Override
    public Set<String> flags() {
        return Set.of("shares");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        if (options.positional().size() != 1) {
            throw new Options.UsageException(Messages.text("cli.report.formRequired"));
        }
        String form = options.positional().get(0);
        if (!Set.of("chat-luong", "cong-chuc", "co-cau", "xep-loai").contains(form)) {
            err.println(Messages.text("cli.report.unknownForm", form));
            return CommandLine.USAGE;
        }
        if (form.equals("xep-loai")) {
            return gradeMix(options, out, err);
        }
        BreakdownColumn.By by = null;
        Set<StaffCategory> categories = new TreeSet<>();
        if (form.equals("co-cau")) {
            String key = options.get("by", "");
            by = BreakdownColumn.By.ALL.stream().filter(b -> b.key().equals(key)).findFirst().orElse(null);
            if (by == null) {
                err.println(Messages.text("cli.report.byRequired", BreakdownColumn.By.ALL.stream().map(b -> b.key())
                        .collect(Collectors.joining(", "))));
                return CommandLine.USAGE;
            }
            for (String part : options.get("categories", "CB,CC").split(",")) {
                var category = StaffCategory.parse(part.strip());
                if (category.isEmpty()) {
                    err.println(Messages.text("cli.report.unknownCategory", part.strip()));
                    return CommandLine.USAGE;
                }
                categories.add(category.get());
            }
        }
        if (!options.has("unit")) {
            throw new Options.UsageException(Messages.text("cli.report.unitRequired"));
        }
        String format = format(options, err);
        if (format == null) {
            return CommandLine.USAGE;
        }
        LocalDate asOf = options.date("as-of", Dates.today());
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Units units = context.getBean(Units.class);
            String code = options.get("unit", "");
            // The unit of that code today, with its past (a merged commune's is what it was formed from); else the unit of that date.
            Optional<Unit> unit = code.equalsIgnoreCase("VN") ? Optional.of(Reports.NATION)
                    : units.findByCode(code, Dates.today()).filter(u -> !units.sourcesOn(u, asOf).isEmpty())
                            .or(() -> units.findByCode(code, asOf));
            if (unit.isEmpty()) {
                err.println(Messages.text("cli.unitNotFoundOn", options.get("unit", ""), Dates.format(asOf)));
                return CommandLine.FAILED;
            }
            Reports reports = context.getBean(Reports.class);
            ReportTable report;
            try {
                report = by != null ? reports.breakdown(UserScope.everything(false), unit.get(), asOf, by, categories)
                        : form.equals("cong-chuc") ? reports.civilServants(UserScope.everything(false), unit.get(), asOf)
                        : reports.quality(UserScope.everything(false), unit.get(), asOf);
            } catch (IllegalArgumentException e) {
                err.println(e.getMessage());
                return CommandLine.FAILED;
            }
            if (format.equals("csv") && !options.has("out")) {
                out.print(csv(report, options.has("shares")));
                return CommandLine.OK;
            }
            Path file = Path.of(options.get("out", ""));
            switch (format) {
                case "xlsx" -> {
                    try (var stream = Files.newOutputStream(file)) {
                        ReportWorkbook.write(report, PaperHeading.ofUnit(report.root().name(), Dates.today()), stream);
                    }
                }
                case "pdf" -> {
                    try (var stream = Files.newOutputStream(file)) {
                        ReportPdf.write(report, PaperHeading.ofUnit(report.root().name(), Dates.today()), stream);
                    }
                }
                default -> Files.writeString(file, "\uFEFF" + csv(report, options.has("shares")), StandardCharsets.UTF_8);
            }
            err.println(Messages.text("cli.report.written", file));
            return CommandLine.OK;
        } catch (IOException e) {
            err.println(Messages.text("cli.fileNotWritten", e.getMessage()));
            return CommandLine.FAILED;
        }
    }

    /** The --format asked (csv by default), or null after saying it is not one we write; a file format needs --out. */
    private static String format(Options options, PrintStream err) {
        String format = options.get("format", "csv");
        if (!Set.of("csv", "xlsx", "pdf").contains(format)) {
            err.println(Messages.text("cli.report.unknownFormat", format));
            return null;
        }
        if (!format.equals("csv") && !options.has("out")) {
            throw new Options.UsageException(Messages.text("cli.report.formatNeedsOut", format));
        }
        return format;
    }

    /** The grade mix of a year (Cần Thơ's "hơn 37% hoàn thành xuất sắc nhiệm vụ"), a row per unit below. */
    private static int gradeMix(Options options, PrintStream out, PrintStream err) {
        if (!options.has("unit") || !options.has("year")) {
            throw new Options.UsageException(Messages.text("cli.report.unitAndYearRequired"));
        }
        int year = options.intValue("year", 0, 2000, 2100);
        String format = format(options, err);
        if (format == null) {
            return CommandLine.USAGE;
        }
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate on = yearEnd.isAfter(Dates.today()) ? Dates.today() : yearEnd;
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Optional<Unit> unit = context.getBean(Units.class).findByCodeAsWritten(options.get("unit", ""), on);
            if (unit.isEmpty()) {
                err.println(Messages.text("cli.unitNotFoundOn", options.get("unit", ""), Dates.format(on)));
                return CommandLine.FAILED;
            }
            GradeMix mix = context.getBean(Evaluations.class).mix(UserScope.everything(false), unit.get(), year, "don-vi");
            if (!format.equals("csv")) {
                Path file = Path.of(options.get("out", ""));
                try (var stream = Files.newOutputStream(file)) {
                    if (format.equals("pdf")) {
                        mix.writePdf(PaperHeading.ofUnit(unit.get().name(), Dates.today()), stream);
                    } else {
                        mix.writeWorkbook(PaperHeading.ofUnit(unit.get().name(), Dates.today()), stream);
                    }
                }
                err.println(Messages.text("cli.report.written", file));
                return CommandLine.OK;
            }
            boolean shares = options.has("shares");
            StringBuilder csv = new StringBuilder(TabularFile.csvLine(List.of(Messages.text("cli.report.gradesTitle", year, unit.get().name()))));
            List<String> header = new ArrayList<>(List.of(Messages.text("cli.report.unit"), Messages.text("cli.report.total")));
            for (Grade grade : Grade.values()) {
                header.add(grade.label());
                if (shares) {
                    header.add(Messages.text("cli.report.share", grade.label()));
                }
            }
            csv.append(TabularFile.csvLine(header));
            List<GradeMix.Row> rows = new ArrayList<>(mix.rows());
            rows.add(mix.total());
            for (GradeMix.Row row : rows) {
                List<String> cells = new ArrayList<>(List.of(row.label(), String.valueOf(row.total())));
                for (Grade grade : Grade.values()) {
                    cells.add(String.valueOf(row.count(grade)));
                    if (shares) {
                        cells.add(row.share(grade));
                    }
                }
                csv.append(TabularFile.csvLine(cells));
            }
            if (options.has("out")) {
                Path file = Path.of(options.get("out", ""));
                Files.writeString(file, "\uFEFF" + csv, StandardCharsets.UTF_8);
                err.println(Messages.text("cli.report.written", file));
            } else {
                out.print(csv);
            }
            return CommandLine.OK;
        } catch (IOException e) {
            err.println(Messages.text("cli.fileNotWritten", e.getMessage()));
            return CommandLine.FAILED;
        }
    }

    /** The table as CSV; with {@code shares}, each count is followed by its share of the row's total. */
    static String csv(ReportTable report, boolean shares) {
        StringBuilder sb = new StringBuilder(TabularFile.csvLine(
                List.of(Messages.text("cli.report.asOf", report.root().name(), Dates.format(report.asOf())))));
        List<String> header = new ArrayList<>(List.of(Messages.text("cli.report.unit")));
        for (ReportColumn column : report.columns()) {
            String label = column.group().isEmpty() ? column.label() : column.group() + ": " + column.label();
            header.add(label);
            if (shares && !column.isTotal()) {
                header.add(Messages.text("cli.report.share", label));
            }
        }
        sb.append(TabularFile.csvLine(header));
        for (ReportTable.Row row : report.rowsAndTotal()) {
            List<String> cells = new ArrayList<>(List.of(row.label()));
            for (ReportColumn column : report.columns()) {
                cells.add(String.valueOf(row.count(column)));
                if (shares && !column.isTotal()) {
                    cells.add(row.share(column));
                }
            }
            sb.append(TabularFile.csvLine(cells));
        }
        return sb.toString();
    }
}
