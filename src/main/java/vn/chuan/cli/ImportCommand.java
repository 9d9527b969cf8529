package vn.chuan.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.chuan.imports.DirectImport;
import vn.chuan.imports.ImportAnalysis;
import vn.chuan.imports.ImportResult;
import vn.chuan.imports.ImportSource;
import vn.chuan.imports.ListDate;
import vn.chuan.imports.PeopleImport;
import vn.chuan.imports.RowError;
import vn.chuan.imports.RowPlan;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Messages;
import vn.chuan.shared.Shares;

/** Imports people from an interchange file into the configured database, with the rules of the UI. */
final class ImportCommand implements ChuanCommand {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return Messages.text("cli.import.summary");
    }

    @Override
    public String help() {
        return Messages.text("cli.import.help");
    }

    @Override
    public Set<String> flags() {
        return Set.of("valid-only", "dry-run", "complete");
    }

    private static void read(PrintStream out, long rows, long toCreate, long toUpdate, long unchanged, long invalid, List<RowPlan> leavers) {
        out.printf(Messages.text("cli.import.done"), Shares.count(rows), Shares.count(toCreate),
                Shares.count(toUpdate), Shares.count(unchanged), Shares.count(invalid));
        if (!leavers.isEmpty()) {
            out.printf(Messages.text("cli.import.leavers"), Shares.count(leavers.size()));
            // Who, so that an officer can check the list before trusting it.
            for (RowPlan leaver : leavers) {
                RowPlan.FieldChange post = leaver.changes().get(0);
                out.printf("  %s %s: %s, %s%n", leaver.code(), leaver.fullName(), post.oldValue(), post.newValue());
            }
        }
    }

    private static void report(List<String> fileErrors, List<String> warnings, List<RowError> errors, PrintStream err) {
        fileErrors.forEach(e -> err.println(Messages.text("cli.error", e)));
        warnings.forEach(w -> err.println(Messages.text("cli.warning", w)));
        for (RowError e : errors) {
            err.println(Messages.text("cli.error", e.describe()));
        }
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        if (options.positional().size() != 1) {
            throw new Options.UsageException(Messages.text("cli.oneFileRequired"));
        }
        Path file = Path.of(options.positional().get(0));
        if (!Files.isRegularFile(file)) {
            err.println(Messages.text("cli.fileNotFound", file));
            return CommandLine.FAILED;
        }
        ListDate list = new ListDate(options.date("as-of", null), options.has("complete"), options.date("left-on", null));
        if (list.leftOn() != null && !list.complete()) {
            throw new Options.UsageException(Messages.text("cli.import.leftOnNeedsComplete"));
        }
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(
                "dong-lenh:" + System.getProperty("user.name", "?"), null, AuthorityUtils.NO_AUTHORITIES));
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            PeopleImport importer = context.getBean(PeopleImport.class);
            UserScope scope = UserScope.everything(true);
            long started = System.nanoTime();
            if (options.has("dry-run")) {
                ImportAnalysis analysis = importer.analyse(scope, ImportSource.of(file), file.getFileName().toString(), list,
                        (phase, done, total) -> err.print(Messages.text("cli.import.progressOf", phase, done, (total > 0 ? "/" + total : ""))));
                err.println();
                report(analysis.fileErrors(), analysis.warnings(), analysis.errors(), err);
                if (!analysis.readable()) {
                    return CommandLine.FAILED;
                }
                read(out, analysis.rowsRead(), analysis.count(RowPlan.Action.CREATE), analysis.count(RowPlan.Action.UPDATE),
                        analysis.count(RowPlan.Action.UNCHANGED), analysis.invalidRows(),
                        analysis.plans().stream().filter(p -> p.action() == RowPlan.Action.LEAVE).toList());
                return analysis.clean() ? CommandLine.OK : CommandLine.FAILED;
            }
            // One reading of the file: checked and written in one transaction, rolled back on errors.
            DirectImport done = importer.importDirectly(scope, ImportSource.of(file),
                    file.getFileName().toString(), list, options.has("valid-only"),
                    (phase, rows, total) -> err.print(Messages.text("cli.import.progress", phase, rows)));
            err.println();
            report(done.fileErrors(), done.warnings(), done.errors(), err);
            if (!done.readable()) {
                return CommandLine.FAILED;
            }
            read(out, done.rowsRead(), done.toCreate(), done.toUpdate(), done.unchanged(), done.invalidRows(), done.leavers());
            ImportResult result = done.result();
            out.println(result.message());
            out.printf(Messages.text("cli.import.time"), String.format(Locale.ROOT, "%.1f",
                    (System.nanoTime() - started) / 1e9).replace('.', ','));
            return result.written() && (result.created() + result.updated() + result.unchanged() + result.left()) > 0
                    ? CommandLine.OK : CommandLine.FAILED;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
