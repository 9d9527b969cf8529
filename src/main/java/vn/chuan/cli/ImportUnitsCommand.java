package vn.chuan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.units.UnitImportResult;
import vn.chuan.units.Units;

/** Imports the national list of administrative units into the configured database. */
final class ImportUnitsCommand implements ChuanCommand {

    @Override
    public String name() {
        return "import-units";
    }

    @Override
    public String summary() {
        return Messages.text("cli.importUnits.summary");
    }

    @Override
    public String help() {
        return Messages.text("cli.importUnits.help");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        if (options.positional().size() != 1) {
            throw new Options.UsageException(Messages.text("cli.oneFileRequired"));
        }
        Path file = Path.of(options.positional().get(0));
        LocalDate validFrom = options.date("valid-from", Dates.today());
        if (!Files.isRegularFile(file)) {
            err.println(Messages.text("cli.fileNotFound", file));
            return CommandLine.FAILED;
        }
        try (ConfigurableApplicationContext context = ApplicationContexts.open();
                InputStream in = Files.newInputStream(file)) {
            UnitImportResult result = context.getBean(Units.class).importOfficialList(in, file.getFileName().toString(), validFrom);
            if (!result.succeeded()) {
                result.errors().forEach(e -> err.println(Messages.text("cli.error", e)));
                err.println(Messages.text("cli.importUnits.nothingImported", result.errors().size()));
                return CommandLine.FAILED;
            }
            out.printf(Messages.text("cli.importUnits.done"),
                    result.created(), result.updated(), result.unchanged());
            return CommandLine.OK;
        } catch (NoSuchFileException e) {
            err.println(Messages.text("cli.fileNotFound", file));
            return CommandLine.FAILED;
        } catch (IOException e) {
            err.println(Messages.text("cli.fileUnreadable", e.getMessage()));
            return CommandLine.FAILED;
        }
    }
}
