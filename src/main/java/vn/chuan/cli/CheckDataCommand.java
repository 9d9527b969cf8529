package vn.chuan.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.people.DataQuality;
import vn.chuan.people.QualityFinding;
import vn.chuan.people.QualityReport;
import vn.chuan.people.UnitFindings;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.Shares;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/** Runs the data-quality rules on the configured database and lists what they find. */
final class CheckDataCommand implements ChuanCommand {

    @Override
    public String name() {
        return "check-data";
    }

    @Override
    public String summary() {
        return Messages.text("cli.checkData.summary");
    }

    @Override
    public String help() {
        return Messages.text("cli.checkData.help");
    }

    @Override
    public Set<String> flags() {
        return Set.of("strict");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        LocalDate asOf = options.date("as-of", Dates.today());
        int limit = options.intValue("limit", 20, 0, 1_000_000);
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Optional<String> unitPath = Optional.empty();
            if (options.has("unit")) {
                Optional<Unit> unit = context.getBean(Units.class).findByCode(options.get("unit", ""), asOf);
                if (unit.isEmpty()) {
                    err.println(Messages.text("cli.unitNotFoundOn", options.get("unit", ""), Dates.format(asOf)));
                    return CommandLine.FAILED;
                }
                unitPath = Optional.of(unit.get().path());
            }
            QualityReport report = context.getBean(DataQuality.class).check(UserScope.everything(false), unitPath, asOf, limit);
            for (QualityReport.RuleResult result : report.results()) {
                out.printf("%7s  %s%n", Shares.count(result.count()), result.rule().title());
                for (QualityFinding f : result.shown()) {
                    out.printf("    %s  %s  (%s): %s%n", f.personCode(), f.fullName(), f.unitName(), f.detail());
                }
            }
            long unitFindings = 0;
            for (UnitFindings source : context.getBeansOfType(UnitFindings.class).values()) {
                List<UnitFindings.Finding> findings = source.findings(UserScope.everything(false));
                if (!findings.isEmpty()) {
                    out.printf("%7s  %s%n", Shares.count(findings.size()), source.title());
                    findings.forEach(f -> out.printf("    %s: %s%n", f.unitName(), f.detail()));
                    unitFindings += findings.size();
                }
            }
            long total = report.total() + unitFindings;
            out.printf(Messages.text("cli.checkData.total"), Shares.count(total), Dates.format(asOf));
            return options.has("strict") && total > 0 ? CommandLine.FAILED : CommandLine.OK;
        }
    }
}
