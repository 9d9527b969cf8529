package vn.chuan.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.Shares;
import vn.chuan.standards.Standards;
import vn.chuan.standards.Verdict;

/** Re-assesses everyone on the configured database under the standard set in force today. */
final class AssessCommand implements ChuanCommand {

    @Override
    public String name() {
        return "assess";
    }

    @Override
    public String summary() {
        return Messages.text("cli.assess.summary");
    }

    @Override
    public String help() {
        return Messages.text("cli.assess.help");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Standards standards = context.getBean(Standards.class);
            long started = System.nanoTime();
            int assessed = standards.reassessAll();
            double seconds = (System.nanoTime() - started) / 1e9;
            PersonRegistry registry = context.getBean(PersonRegistry.class);
            LocalDate today = Dates.today();
            out.println(Messages.text("cli.assess.standardSet",
                    standards.inForceOn(today).map(s -> s.name()).orElse(Messages.text("cli.assess.noStandardSet"))));
            for (Verdict verdict : Verdict.values()) {
                long n = registry.search(UserScope.everything(false), new PersonSearch(null, null, null, null, List.of(),
                        today, 0, 10, verdict.name(), null)).total();
                out.printf("%-34s %9s%n", verdict.label(), Shares.count(n));
            }
            out.printf(Messages.text("cli.assess.done"), Shares.count(assessed),
                    String.format(Locale.ROOT, "%.1f", seconds).replace('.', ','));
            return CommandLine.OK;
        }
    }

}
