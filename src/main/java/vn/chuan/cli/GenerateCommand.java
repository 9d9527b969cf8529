package vn.chuan.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.chuan.demo.DemoProvince;
import vn.chuan.demo.DemoProvinceGenerator;
import vn.chuan.imports.InterchangeRow;
import vn.chuan.imports.InterchangeWriter;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.ScaleLevel;
import vn.chuan.shared.TabularFile;
import vn.chuan.units.UnitLevel;

/** Writes a generated province in the interchange format; needs no database. */
final class GenerateCommand implements ChuanCommand {

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return Messages.text("cli.generate.summary");
    }

    @Override
    public String help() {
        return Messages.text("cli.generate.help");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        int persons = options.intValue("persons", 2500, 1, 5_000_000);
        long seed = options.longValue("seed", 2026);
        LocalDate asOf = options.date("as-of", Dates.today());
        DemoProvince province = new DemoProvinceGenerator(seed, asOf).generate(persons);
        List<InterchangeRow> rows = province.activeOn(asOf).stream()
                .limit(persons)
                .map(p -> toRow(province, p, asOf))
                .toList();
        try {
            String target = options.get("out", null);
            if (target == null) {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                InterchangeWriter.writeCsv(writer, rows);
            } else {
                Path path = Path.of(target);
                try (OutputStream file = Files.newOutputStream(path)) {
                    if (target.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                        Writer writer = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8));
                        InterchangeWriter.writeCsv(writer, rows);
                    } else {
                        InterchangeWriter.writeXlsx(file, rows);
                    }
                }
                err.println(Messages.text("cli.generate.peopleWritten", rows.size(), path));
            }
            String unitsOut = options.get("units-out", null);
            if (unitsOut != null) {
                writeUnits(province, asOf, Path.of(unitsOut));
                err.println(Messages.text("cli.generate.unitsWritten", unitsOut));
            }
            return CommandLine.OK;
        } catch (IOException | UncheckedIOException e) {
            err.println(Messages.text("cli.fileNotWritten", e.getMessage()));
            return CommandLine.FAILED;
        }
    }

    private static InterchangeRow toRow(DemoProvince province, DemoProvince.DemoPerson p, LocalDate asOf) {
        DemoProvince.DemoPost post = p.postOn(asOf);
        Map<Dimension, ScaleLevel> levels = new EnumMap<>(Dimension.class);
        String field = null;
        for (Dimension d : Dimension.values()) {
            DemoProvince.DemoQualification q = p.highest(d, asOf);
            if (q != null) {
                levels.put(d, q.level());
                if (d == Dimension.PROFESSIONAL) {
                    field = q.fieldOfStudy();
                }
            }
        }
        return new InterchangeRow(p.code(), p.fullName(), p.birthDate(), p.gender(), p.ethnicity(), p.citizenId(),
                province.unit(post.unitKey()).code(), post.category(), post.titleCode(), post.startedOn(), p.partyMember(),
                levels, field, p.concurrentOn(asOf).stream().map(DemoProvince.DemoPost::titleCode).toList());
    }

    private static void writeUnits(DemoProvince province, LocalDate asOf, Path path) throws IOException {
        StringBuilder sb = new StringBuilder("\uFEFF").append(TabularFile.csvLine(
                List.of(Messages.text("cli.generate.province"), Messages.text("cli.generate.provinceCode"), Messages.text("cli.generate.district"),
                        Messages.text("cli.generate.districtCode"), Messages.text("cli.generate.commune"),
                                Messages.text("cli.generate.communeCode"), Messages.text("cli.generate.level"))));
        DemoProvince.DemoUnit provinceUnit = province.unit(0);
        for (DemoProvince.DemoUnit unit : province.units()) {
            if (unit.level() != UnitLevel.COMMUNE || !unit.isValidOn(asOf)) {
                continue;
            }
            DemoProvince.DemoUnit parent = province.unit(unit.parentKey());
            boolean district = parent.level() == UnitLevel.DISTRICT;
            sb.append(TabularFile.csvLine(List.of(provinceUnit.name(), provinceUnit.code(), district ? parent.name() : "",
                    district ? parent.code() : "", unit.name(), unit.code(), unit.type().label())));
        }
        Files.writeString(path, sb.toString(), StandardCharsets.UTF_8);
    }
}
