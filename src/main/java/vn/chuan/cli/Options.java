package vn.chuan.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;

/** {@code --name value} options, {@code --flag} switches and positional arguments. */
final class Options {

    private final Map<String, String> values;
    private final List<String> positional;

    private Options(Map<String, String> values, List<String> positional) {
        this.values = values;
        this.positional = positional;
    }

    static Options parse(List<String> args, Set<String> flags) {
        Map<String, String> values = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                int eq = name.indexOf('=');
                if (eq > 0) {
                    values.put(name.substring(0, eq), name.substring(eq + 1));
                } else if (flags.contains(name)) {
                    values.put(name, "true");
                } else if (i + 1 < args.size()) {
                    values.put(name, args.get(++i));
                } else {
                    throw new UsageException(Messages.text("cli.option.valueRequired", name));
                }
            } else {
                positional.add(arg);
            }
        }
        return new Options(values, positional);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    int intValue(String name, int fallback, int min, int max) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                throw new UsageException(Messages.text("cli.option.range", name, min, max));
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.text("cli.option.integer", name, text));
        }
    }

    long longValue(String name, long fallback) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.text("cli.option.integer", name, text));
        }
    }

    LocalDate date(String name, LocalDate fallback) {
        String text = values.get(name);
        if (text == null) {
            return fallback;
        }
        // As the pages read dates: 31/12/2024 as well as 2024-12-31 (an Excel serial or a year alone is not a date here).
        if (!text.strip().matches("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|\\d{4}-\\d{2}-\\d{2}")) {
            throw new UsageException(Messages.text("cli.option.date", name, text));
        }
        return Dates.parse(text).orElseThrow(
                () -> new UsageException(Messages.text("cli.option.noSuchDay", name, text)));
    }

    List<String> positional() {
        return positional;
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
