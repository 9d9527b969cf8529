package vn.chuan.imports;

import java.time.Instant;
import java.time.LocalDate;

import vn.chuan.shared.Dates;

/**
 * An import of one user as the database last said it was (see {@link ImportJobs}): reading and checking, waiting for
 * confirmation, writing, done or failed. A snapshot for one page: the work goes on meanwhile, on whichever instance.
 */
final class ImportJob {

    enum Status { READING, READY, WRITING, DONE, FAILED }

    final String id;
    final String owner;
    final String fileName;
    /** The date the file describes, as chosen on the upload form. */
    final ListDate list;
    final Instant createdAt;
    final Status status;
    final String phase;
    final int done;
    final int total;
    final String failure;
    final ImportResult result;

    ImportJob(String id, String owner, String fileName, ListDate list, Instant createdAt, Status status, String phase, int done,
            int total, String failure, ImportResult result) {
        this.id = id;
        this.owner = owner;
        this.fileName = fileName;
        this.list = list;
        this.createdAt = createdAt;
        this.status = status;
        this.phase = phase;
        this.done = done;
        this.total = total;
        this.failure = failure;
        this.result = result;
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

    /** Thrown in the worker when the user cancelled the job (or it is gone): the work stops, nothing is written. */
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
