package vn.chuan.cli;

import java.io.PrintStream;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

import vn.chuan.security.ApiClient;
import vn.chuan.security.ApiClients;
import vn.chuan.security.InvalidAccountException;
import vn.chuan.shared.Messages;

/** API keys from the command line, for setting up programs in batch (the admin page does the same). */
final class ApiTokenCommand implements ChuanCommand {

    @Override
    public String name() {
        return "api-token";
    }

    @Override
    public String summary() {
        return Messages.text("cli.apiToken.summary");
    }

    @Override
    public String help() {
        return Messages.text("cli.apiToken.help");
    }

    @Override
    public Set<String> flags() {
        return Set.of("write", "list");
    }

    @Override
    public int run(Options options, PrintStream out, PrintStream err) {
        if (!options.has("name") && !options.has("list") && !options.has("revoke")) {
            throw new Options.UsageException(Messages.text("cli.apiToken.usage"));
        }
        try (ConfigurableApplicationContext context = ApplicationContexts.open()) {
            ApiClients clients = context.getBean(ApiClients.class);
            if (options.has("list")) {
                for (ApiClient c : clients.list()) {
                    out.println(c.id() + "\t" + c.name() + "\t" + (c.scopeUnitCode() == null ? Messages.text("cli.apiToken.everything")
                            : c.scopeUnitCode())
                            + "\t"
                            + (c.canWrite() ? Messages.text("cli.apiToken.readWrite") : Messages.text("cli.apiToken.readOnly")) + "\t" + (c.active()
                                    ? Messages.text("cli.apiToken.active") : Messages.text("cli.apiToken.revoked")));
                }
                return CommandLine.OK;
            }
            if (options.has("revoke")) {
                clients.revoke(options.intValue("revoke", 0, 1, Integer.MAX_VALUE));
                out.println(Messages.text("cli.apiToken.revokedNumber", options.get("revoke", "")));
                return CommandLine.OK;
            }
            ApiClients.CreatedClient created = clients.create(options.get("name", ""), options.get("unit", null), options.has("write"),
                    Messages.text("cli.actor"));
            out.println(created.token());
            return CommandLine.OK;
        } catch (InvalidAccountException e) {
            err.println(Messages.text("cli.error", e.getMessage()));
            return CommandLine.FAILED;
        }
    }
}
