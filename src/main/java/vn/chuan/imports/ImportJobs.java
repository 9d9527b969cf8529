package vn.chuan.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.shared.Messages;

/**
 * The import jobs, kept in the database so that any instance behind the load balancer serves any of their pages: the
 * uploaded file (in parts), the progress written by the instance doing the work, the check once read, the result. An
 * instance beats every {@value #BEAT_SECONDS} seconds for the jobs it runs; a running job silent for longer than
 * {@link #SILENT} is marked failed by whoever looks at it: its instance died, and with it the transaction that was
 * writing (nothing is written). Status changes are conditional updates, so that two instances never both confirm a job
 * and a job marked failed stays failed.
 */
@Component
class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    /** Finished jobs are forgotten (with their file) after this. */
    static final Duration KEEP = Duration.ofHours(2);
    static final int BEAT_SECONDS = 15;
    static final Duration SILENT = Duration.ofSeconds(4L * BEAT_SECONDS);
    private static final int PART = 1 << 20;
    /** Progress is written at most this often (and whenever the phase changes): a page polls twice a second. */
    private static final long PROGRESS_EVERY_MS = 400;
    private static final int CACHED_ANALYSES = 8;
    /** Only the check's own classes are read back (a stored value is never trusted to name any class it likes). */
    private static final ObjectInputFilter ANALYSIS_CLASSES = ObjectInputFilter.Config.createFilter(
            "vn.chuan.imports.*;vn.chuan.dossier.PersonnelFiles$SheetImport;java.util.*;java.lang.*;java.time.*;maxdepth=20;!*");

    /** The job is still this instance's, running, and not cancelled: what its progress and its commit require. */
    private static final String STILL_OURS = "id = :id and instance = :instance and status in ('READING', 'WRITING') and not cancelled";

    private final JdbcClient jdbc;
    private final TransactionTemplate own;
    private final Clock clock;
    /** This instance, for the jobs it runs: random per start (a restarted instance runs none of its old jobs). */
    private final String instance = UUID.randomUUID().toString();
    /** The files of jobs this instance has on its disk: the upload it received, or a copy read from the database. */
    private final Map<String, Path> files = new ConcurrentHashMap<>();
    /** Checks read back (or made here), the most recently used few: a preview is paged through and confirmed. */
    private final Map<String, ImportAnalysis> analyses = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImportAnalysis> eldest) {
            return size() > CACHED_ANALYSES;
        }
    });

    ImportJobs(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        // Every statement here commits on its own, also when called from inside an import's transaction.
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A new job of {@code owner} for the uploaded {@code file}, reading: its id; empty when the owner already has one
     * running (a new file replaces their finished or waiting job, never a running one).
     */
    Optional<String> start(String owner, String fileName, ListDate list, Path file) {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        List<String> mine = jdbc.sql("select id from import_job where owner = :owner").param("owner", owner).query(String.class).list();
        if (mine.stream().map(this::find).flatMap(Optional::stream).anyMatch(ImportJob::isRunning)) {
            return Optional.empty();
        }
        mine.forEach(this::forget);
        inOwnTransaction(() -> jdbc.sql("""
                insert into import_job (id, owner, file_name, list_as_of, list_complete, list_left_on, created_at, status, phase,
                    done, total, instance, heartbeat_at, cancelled)
                values (:id, :owner, :name, :asOf, :complete, :leftOn, :now, 'READING', :phase, 0, -1, :instance, :now, false)""")
                .param("id", id).param("owner", owner).param("name", fileName).param("asOf", list.asOf())
                .param("complete", list.complete()).param("leftOn", list.leftOn()).param("now", utc(now))
                .param("phase", Messages.text("imports.job.uploading")).param("instance", instance).update());
        files.put(id, file);
        return Optional.of(id);
    }

    /** The job as the database says it is now; a running job whose instance fell silent is marked failed first. */
    Optional<ImportJob> find(String id) {
        Optional<Row> row = row(id);
        if (row.isPresent() && row.get().silentSince(clock.instant().minus(SILENT))) {
            int marked = jdbc.sql("""
                    update import_job set status = 'FAILED', failure = :failure
                    where id = :id and status in ('READING', 'WRITING') and heartbeat_at = :beat""")
                    .param("failure", Messages.text("imports.job.instanceLost")).param("id", id)
                    .param("beat", utc(row.get().heartbeat)).update();
            if (marked == 1) {
                log.warn("Import {} marked failed: instance {} silent since {}", id, row.get().instance, row.get().heartbeat);
            }
            row = row(id);
        }
        return row.filter(r -> !r.cancelled).map(Row::job);
    }

    /** Where the worker reports: written to the job's row; throws {@link ImportJob.Cancelled} once the user cancelled. */
    ImportProgress progress(String id) {
        return new ImportProgress() {
            private String lastPhase;
            private long lastAt;

            @Override
            public void update(String phase, int done, int total) {
                long at = System.nanoTime() / 1_000_000;
                if (phase.equals(lastPhase) && at - lastAt < PROGRESS_EVERY_MS) {
                    return;
                }
                lastPhase = phase;
                lastAt = at;
                int written = inOwnTransaction(() -> jdbc.sql(
                        "update import_job set phase = :phase, done = :done, total = :total, heartbeat_at = :now where " + STILL_OURS)
                        .param("phase", phase).param("done", done).param("total", total).param("now", utc(clock.instant()))
                        .param("id", id).param("instance", instance).update());
                if (written == 0) {
                    throw new ImportJob.Cancelled();
                }
                stillOursAtCommit(id);
            }
        };
    }

    /**
     * Inside the writing transaction: just before it commits, the job must still be this instance's and writing (not
     * marked failed by another instance meanwhile, not cancelled), else the transaction rolls back.
     */
    private void stillOursAtCommit(String id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.getResource(this) != null) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, id);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                int ours = jdbc.sql("update import_job set heartbeat_at = :now where " + STILL_OURS)
                        .param("now", utc(clock.instant())).param("id", id).param("instance", instance).update();
                if (ours == 0) {
                    throw new ImportJob.Cancelled();
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(ImportJobs.this);
            }
        });
    }

    /** Keeps the upload in the database, in parts, for an instance that will write it after another read it. */
    void storeFile(String id) throws IOException {
        Path file = files.get(id);
        byte[] part = new byte[PART];
        try (InputStream in = Files.newInputStream(file)) {
            int number = 0;
            for (int length = in.readNBytes(part, 0, PART); length > 0; length = in.readNBytes(part, 0, PART)) {
                byte[] content = length == PART ? part : Arrays.copyOf(part, length);
                int n = number++;
                inOwnTransaction(() -> jdbc.sql("insert into import_file_part (job_id, part_no, content) values (:id, :n, :content)")
                        .param("id", id).param("n", n).param("content", content).update());
            }
        }
    }

    /** The job's file, to read again: this instance's copy, or read from the database into one. */
    ImportSource file(String id) {
        return () -> Files.newInputStream(localFile(id));
    }

    private Path localFile(String id) throws IOException {
        Path local = files.get(id);
        if (local != null && Files.exists(local)) {
            return local;
        }
        Path copy = Files.createTempFile("chuan-import-", ".upload");
        try (OutputStream out = Files.newOutputStream(copy)) {
            int parts = jdbc.sql("select count(*) from import_file_part where job_id = :id").param("id", id).query(Integer.class).single();
            for (int n = 0; n < parts; n++) {
                out.write(jdbc.sql("select content from import_file_part where job_id = :id and part_no = :n").param("id", id)
                        .param("n", n).query(byte[].class).single());
            }
        }
        files.put(id, copy);
        return copy;
    }

    /** The file is read and checked: the check is kept for the preview and the confirmation, on any instance. */
    void ready(String id, ImportAnalysis analysis) {
        analysis.source(file(id));
        analyses.put(id, analysis);
        byte[] stored = serialize(analysis);
        int kept = inOwnTransaction(() -> jdbc.sql("""
                update import_job set status = 'READY', analysis = :analysis, heartbeat_at = :now
                where id = :id and instance = :instance and status = 'READING'""")
                .param("analysis", stored).param("now", utc(clock.instant())).param("id", id).param("instance", instance).update());
        if (kept == 0 && row(id).filter(Row::cancelled).isPresent()) {
            forget(id);
        }
    }

    /** The check of a job that has one (empty while reading, or when the reading failed). */
    Optional<ImportAnalysis> analysis(String id) {
        ImportAnalysis kept = analyses.get(id);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<byte[]> stored = jdbc.sql("select analysis from import_job where id = :id and analysis is not null").param("id", id)
                .query(byte[].class).optional();
        return stored.map(bytes -> {
            ImportAnalysis analysis = deserialize(bytes);
            analysis.source(file(id));
            analyses.put(id, analysis);
            return analysis;
        });
    }

    /** This instance takes a checked job to write it: false when another took it first, or it is not waiting. */
    boolean claimForWriting(String id, int total) {
        return inOwnTransaction(() -> jdbc.sql("""
                update import_job set status = 'WRITING', instance = :instance, heartbeat_at = :now, phase = :phase, done = 0,
                    total = :total
                where id = :id and status = 'READY' and not cancelled""")
                .param("instance", instance).param("now", utc(clock.instant())).param("phase", Messages.text("imports.job.writing"))
                .param("total", total).param("id", id).update()) == 1;
    }

    /** The writing ended: done when it wrote, else back to waiting (refused: nothing written, the preview stays). */
    void finished(String id, ImportResult result) {
        inOwnTransaction(() -> jdbc.sql("""
                update import_job set status = :status, result_written = :written, result_created = :created,
                    result_updated = :updated, result_unchanged = :unchanged, result_left = :left, result_skipped = :skipped,
                    result_message = :message
                where id = :id and instance = :instance and status = 'WRITING'""")
                .param("status", result.written() ? "DONE" : "READY").param("written", result.written())
                .param("created", result.created()).param("updated", result.updated()).param("unchanged", result.unchanged())
                .param("left", result.left()).param("skipped", result.skippedInvalid()).param("message", result.message())
                .param("id", id).param("instance", instance).update());
        if (result.written()) {
            discardFile(id);
        }
    }

    void failed(String id, String failure) {
        inOwnTransaction(() -> jdbc.sql("""
                update import_job set status = 'FAILED', failure = :failure
                where id = :id and instance = :instance and status in ('READING', 'WRITING')""")
                .param("failure", failure).param("id", id).param("instance", instance).update());
        discardFile(id);
    }

    /**
     * The user cancels: a waiting or finished job is forgotten at once; a running one is flagged, and its instance stops
     * at its next progress report (its transaction rolls back) and forgets it.
     */
    void cancel(String id) {
        inOwnTransaction(() -> jdbc.sql("update import_job set cancelled = true where id = :id").param("id", id).update());
        Optional<ImportJob> job = row(id).map(Row::job);
        if (job.isPresent() && !job.get().isRunning()) {
            forget(id);
        }
    }

    /**
     * The worker stopped: the user cancelled (the job goes with its file), or another instance took this one for dead
     * and marked the job failed (the failure stays for the user to read; the transaction rolled back).
     */
    void cancelled(String id) {
        if (row(id).map(Row::cancelled).orElse(true)) {
            forget(id);
        } else {
            discardFile(id);
        }
    }

    /** The job goes, its stored parts with it (the foreign key cascades), and this instance's copy. */
    private void forget(String id) {
        inOwnTransaction(() -> jdbc.sql("delete from import_job where id = :id").param("id", id).update());
        discardLocal(id);
    }

    /** The file is no longer needed: its stored parts and this instance's copy go; the job's row stays to be read. */
    private void discardFile(String id) {
        discardLocal(id);
        inOwnTransaction(() -> jdbc.sql("delete from import_file_part where job_id = :id").param("id", id).update());
    }

    private void discardLocal(String id) {
        analyses.remove(id);
        Path file = files.remove(id);
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the import file {}", file);
            }
        }
    }

    /** Tells the others that this instance's running jobs are alive, even in a long phase without progress. */
    @Scheduled(fixedDelay = BEAT_SECONDS * 1000L, initialDelay = BEAT_SECONDS * 1000L)
    void beat() {
        jdbc.sql("update import_job set heartbeat_at = :now where instance = :instance and status in ('READING', 'WRITING')")
                .param("now", utc(clock.instant())).param("instance", instance).update();
    }

    /** Finished jobs older than {@link #KEEP}, and cancelled ones whose instance died, go with their files. */
    @Scheduled(fixedDelay = 600_000L, initialDelay = 600_000L)
    void forgetOld() {
        Instant now = clock.instant();
        List<String> old = jdbc.sql("""
                select id from import_job
                where (status not in ('READING', 'WRITING') and created_at < :old) or (cancelled and heartbeat_at < :silent)""")
                .param("old", utc(now.minus(KEEP))).param("silent", utc(now.minus(SILENT))).query(String.class).list();
        old.forEach(this::forget);
        // Copies of files of jobs another instance forgot.
        List.copyOf(files.keySet()).stream().filter(id -> row(id).isEmpty()).forEach(this::discardLocal);
    }

    private Optional<Row> row(String id) {
        return jdbc.sql("""
                select id, owner, file_name, list_as_of, list_complete, list_left_on, created_at, status, phase, done, total,
                    instance, heartbeat_at, cancelled, failure, result_written, result_created, result_updated, result_unchanged,
                    result_left, result_skipped, result_message
                from import_job where id = :id""").param("id", id).query(ImportJobs::mapRow).optional();
    }

    private static Row mapRow(ResultSet rs, int n) throws SQLException {
        LocalDate asOf = rs.getObject("list_as_of", LocalDate.class);
        LocalDate leftOn = rs.getObject("list_left_on", LocalDate.class);
        ImportResult result = rs.getObject("result_written") == null ? null
                : new ImportResult(rs.getBoolean("result_written"), rs.getInt("result_created"), rs.getInt("result_updated"),
                        rs.getInt("result_unchanged"), rs.getInt("result_left"), rs.getInt("result_skipped"),
                        rs.getString("result_message"));
        ImportJob job = new ImportJob(rs.getString("id"), rs.getString("owner"), rs.getString("file_name"),
                new ListDate(asOf, rs.getBoolean("list_complete"), leftOn), instant(rs.getTimestamp("created_at")),
                ImportJob.Status.valueOf(rs.getString("status")), rs.getString("phase"), rs.getInt("done"), rs.getInt("total"),
                rs.getString("failure"), result);
        return new Row(job, rs.getString("instance"), instant(rs.getTimestamp("heartbeat_at")), rs.getBoolean("cancelled"));
    }

    private record Row(ImportJob job, String instance, Instant heartbeat, boolean cancelled) {

        boolean silentSince(Instant limit) {
            return job.isRunning() && heartbeat.isBefore(limit);
        }
    }

    private <T> T inOwnTransaction(Supplier<T> work) {
        return own.execute(status -> work.get());
    }

    /** Times are kept in UTC: instances may run in different zones, never on different clocks (NTP, see the guide). */
    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp at) {
        return at.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    private static byte[] serialize(ImportAnalysis analysis) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
            out.writeObject(analysis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ImportAnalysis deserialize(byte[] stored) {
        try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(stored)))) {
            in.setObjectInputFilter(ANALYSIS_CLASSES);
            return (ImportAnalysis) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("import check unreadable", e);
        }
    }
}
