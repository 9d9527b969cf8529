package vn.chuan.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL primary and its streaming replica on this machine, made with PostgreSQL's own tools as an administrator
 * would: {@code initdb} into a temporary folder, {@code pg_basebackup -R} of it into another, both started with
 * {@code pg_ctl} on free ports; a database {@code chuan} made on the primary (and so on the replica). Run as the
 * {@code postgres} user when the tests run as root (PostgreSQL refuses to). Close it to stop both and remove them.
 */
public final class StreamingReplica implements AutoCloseable {

    public static final String DATABASE = "chuan";

    private final Path bin;
    private final Path work;
    private final int primaryPort;
    private final int replicaPort;
    private final List<Path> started = new ArrayList<>();

    private StreamingReplica(Path bin) throws IOException {
        this.bin = bin;
        this.work = Files.createTempDirectory("chuan-replica-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        this.primaryPort = freePort();
        this.replicaPort = freePort();
    }

    /** PostgreSQL's server programs (Debian's {@code postgresql} package), the newest installed; empty without them. */
    public static Optional<Path> serverPrograms() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A new pair, in the PostgreSQL test run on a machine with PostgreSQL's server programs; else the test is skipped
     * (the H2 run, or a machine with only a client).
     */
    public static StreamingReplica startIfPossible() throws Exception {
        Optional<Path> programs = serverPrograms();
        Assumptions.assumeTrue(TestDatabases.usePostgres() && programs.isPresent(), "PostgreSQL's server programs (initdb, pg_basebackup)");
        return start(programs.get());
    }

    public static StreamingReplica start(Path bin) throws Exception {
        StreamingReplica pair = new StreamingReplica(bin);
        try {
            pair.startBoth();
        } catch (Exception | AssertionError e) {
            pair.close();
            throw e;
        }
        return pair;
    }

    private void startBoth() throws Exception {
        Path primary = work.resolve("primary");
        Path replica = work.resolve("replica");
        run("initdb", "-D", primary.toString(), "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync");
        start(primary, primaryPort);
        // -R writes standby.signal and the primary's address: the copy starts as its streaming replica.
        run("pg_basebackup", "-h", "127.0.0.1", "-p", String.valueOf(primaryPort), "-U", "postgres", "-D", replica.toString(), "-R",
                "-X", "stream");
        start(replica, replicaPort);
        try (Connection connection = DriverManager.getConnection(url(primaryPort, "postgres"), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + DATABASE);
        }
    }

    private void start(Path data, int port) throws Exception {
        run("pg_ctl", "-D", data.toString(), "-l", data + ".log", "-w", "-t", "120", "-o",
                "-p " + port + " -k " + work + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        started.add(data);
    }

    public String primaryUrl() {
        return url(primaryPort, DATABASE);
    }

    public String replicaUrl() {
        return url(replicaPort, DATABASE);
    }

    /** Both servers, the primary first: the driver connects to whichever of them is the primary now. */
    public String failoverUrl() {
        return "jdbc:postgresql://127.0.0.1:" + primaryPort + ",127.0.0.1:" + replicaPort + "/" + DATABASE + "?targetServerType=primary";
    }

    /** Waits until the replica has replayed everything the primary has written so far. */
    public void waitUntilReplayed() throws Exception {
        String written;
        try (Connection connection = DriverManager.getConnection(primaryUrl(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select pg_current_wal_lsn()::text")) {
            rs.next();
            written = rs.getString(1);
        }
        try (Connection connection = DriverManager.getConnection(replicaUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            for (int i = 0; i < 6_000; i++) {
                try (ResultSet rs = statement.executeQuery("select pg_last_wal_replay_lsn() >= '" + written + "'::pg_lsn")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
        }
        throw new IllegalStateException("the replica never replayed " + written);
    }

    /** The primary's machine is lost: stopped at once, as a crash would. */
    public void losePrimary() throws Exception {
        Path primary = work.resolve("primary");
        run("pg_ctl", "-D", primary.toString(), "-m", "immediate", "stop");
        started.remove(primary);
    }

    /** The replica becomes the primary ({@code pg_ctl promote}, waiting until it accepts writes). */
    public void promoteReplica() throws Exception {
        run("pg_ctl", "-D", work.resolve("replica").toString(), "-w", "promote");
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Whether the replica is one: in recovery, replaying what the primary streams. */
    public boolean replicaInRecovery() throws SQLException {
        try (Connection connection = DriverManager.getConnection(replicaUrl(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select pg_is_in_recovery()")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Stops the replica's replay (it keeps receiving): what it serves stays as it is until {@link #resumeReplay()}. */
    public void pauseReplay() throws SQLException {
        onReplica("select pg_wal_replay_pause()");
    }

    public void resumeReplay() throws SQLException {
        onReplica("select pg_wal_replay_resume()");
    }

    private void onReplica(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(replicaUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void run(String program, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            Files.setOwner(work, work.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres"));
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        Path log = Files.createTempFile("chuan-replica-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException(program + " failed: " + Files.readString(log));
        }
        Files.deleteIfExists(log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            Path data = started.get(i);
            try {
                run("pg_ctl", "-D", data.toString(), "-m", "immediate", "stop");
            } catch (IllegalStateException e) {
                // already stopped
            }
        }
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }
}
