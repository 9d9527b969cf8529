package vn.chuan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.national.NationalExport;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** Writes the national cadre database file, and lists the records that cannot be sent yet. */
final class ExportNationalCommand implements ChuanCommand {

    @Override
    public String name() {
        return "export-national";
    }

    @Override
    public String summary() {
        return Messages.text("cli.exportNational.summary");
    }

    @Override
    public String help() {
        return Messages.text("cli.exportNational.help");
    }

    @Override
    public Set<String> flags() {
        return Set.of("check");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        boolean check = options.has("check");
        if (!check && !options.has("out")) {
            throw new Options.UsageException(Messages.text("cli.exportNational.outRequired"));
        }
        LocalDate today = Dates.today();
        LocalDate since = options.has("since") ? options.date("since", today) : null;
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            UserScope scope = UserScope.everything(false);
            String scopeName = Messages.text("cli.exportNational.everything");
            if (options.has("unit")) {
                Optional<Unit> unit = context.getBean(Units.class).findByCode(options.get("unit", ""), today);
                if (unit.isEmpty()) {
                    err.println(Messages.text("cli.unitNotFoundOn", options.get("unit", ""), Dates.format(today)));
                    return CommandLine.FAILED;
                }
                scope = UserScope.of(unit.get(), false);
                scopeName = unit.get().name();
            }
            NationalExport export = context.getBean(NationalExport.class);
            List<NationalExport.Missing> missing = export.check(scope);
            for (NationalExport.Missing m : missing) {
                err.println(Messages.text("cli.exportNational.missingLine", m.code(), m.fullName(), m.unitName(), String.join("; ", m.fields())));
            }
            if (check) {
                out.println(missing.isEmpty() ? Messages.text("cli.exportNational.allComplete")
                        : Messages.text("cli.exportNational.incomplete", missing.size()));
                return missing.isEmpty() ? CommandLine.OK : CommandLine.FAILED;
            }
            Path file = Path.of(options.get("out", ""));
            NationalExport.Summary summary;
            try (OutputStream stream = Files.newOutputStream(file)) {
                summary = export.write(scope, since, scopeName, stream);
            } catch (IOException e) {
                err.println(Messages.text("cli.fileNotWrittenBecause", file, e.getMessage()));
                return CommandLine.FAILED;
            }
            out.println(summary.leftOut() == 0
                    ? Messages.text("cli.exportNational.written", summary.written(), file)
                    : Messages.text("cli.exportNational.writtenIncomplete", summary.written(), file, summary.leftOut()));
            return summary.written() == 0 ? CommandLine.FAILED : CommandLine.OK;
        }
    }
}
