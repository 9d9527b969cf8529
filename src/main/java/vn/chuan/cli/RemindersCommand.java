package vn.chuan.cli;

import java.io.PrintStream;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.due.Reminders;
import vn.chuan.shared.Messages;

/**
 * Makes the reminder digests of the period and sends the mails, as the morning run does: for a system timer when the
 * application's own schedule is off ({@code chuan.reminders.enabled=false}), or to send at once.
 */
final class RemindersCommand implements ChuanCommand {

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public String summary() {
        return Messages.text("cli.reminders.summary");
    }

    @Override
    public String help() {
        return Messages.text("cli.reminders.help");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            Reminders.Run run = context.getBean(Reminders.class).run();
            out.println(Messages.text("due.reminders.ran", run.digests(), run.items(), run.mailed(), run.failed(), run.closed()));
            return run.failed() > 0 ? CommandLine.FAILED : CommandLine.OK;
        }
    }
}
