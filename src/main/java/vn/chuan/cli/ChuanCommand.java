package vn.chuan.cli;

import java.io.PrintStream;
import java.util.Set;

/** One command of the command line. */
interface ChuanCommand {

    String name();

    String summary();

    String help();

    /** Options that take no value. */
    default Set<String> flags() {
        return Set.of();
    }

    int run(Options options, PrintStream out, PrintStream err);
}
