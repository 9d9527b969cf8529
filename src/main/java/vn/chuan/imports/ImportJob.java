package vn.chuan.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;

/** An import in progress for one user: reading and checking, waiting for confirmation, writing, done. */
final class ImportJob {

    enum Status { READING, READY, WRITING, DONE, FAILED }

    final String id;
    final String owner;
    final String fileName;
    final UserScope scope;
    /** The date the file describes, as chosen on the upload form. */
    final ListDate list;
    final Instant createdAt;
    volatile Status status = Status.READING;
    volatile String phase = Messages.text("imports.job.uploading");
    volatile int done;
    volatile int total = -1;
    volatile ImportAnalysis analysis;
    volatile ImportResult result;
    volatile String failure;
    /** The uploaded file, kept until the job is done: it is read once to check and once to write. */
    volatile Path file;
    /** Asked to stop: the next progress report ends the work (nothing is written, the transaction rolls back). */
    volatile boolean cancelled;

    ImportJob(String id, String owner, String fileName, UserScope scope, ListDate list, Instant createdAt) {
        this.id = id;
        this.owner = owner;
        this.fileName = fileName;
        this.scope = scope;
        this.list = list;
        this.createdAt = createdAt;
    }

    public ListDate getList() {
        return list;
    }

    /** For the page: the list's date, written as Vietnamese write dates (today: the day of the upload). */
    public String getListDateText() {
        return Dates.format(list.on(LocalDate.ofInstant(createdAt, Dates.ZONE)));
    }

    /** For the page: the first day those missing from a complete list no longer hold their post. */
    public String getLeavingDateText() {
        return Dates.format(list.leavingOn(LocalDate.ofInstant(createdAt, Dates.ZONE)));
    }

    void discardFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the OS cleans it up eventually
            }
            file = null;
        }
    }

    ImportProgress progress() {
        return (phase, done, total) -> {
            if (cancelled) {
                throw new Cancelled();
            }
            this.phase = phase;
            this.done = done;
            this.total = total;
        };
    }

    /** Thrown in the worker when the user cancelled the job. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("import cancelled", null, false, false);
        }
    }

    public String getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStatus() {
        return status.name();
    }

    public String getPhase() {
        return phase;
    }

    public int getDone() {
        return done;
    }

    public int getTotal() {
        return total;
    }

    /** 0–100 when the total is known, else -1 (an indeterminate bar). */
    public int getPercent() {
        return total > 0 ? (int) Math.min(100, 100L * done / total) : -1;
    }

    public ImportAnalysis getAnalysis() {
        return analysis;
    }

    public ImportResult getResult() {
        return result;
    }

    public String getFailure() {
        return failure;
    }

    public boolean isRunning() {
        return status == Status.READING || status == Status.WRITING;
    }
}
