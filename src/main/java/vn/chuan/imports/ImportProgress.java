package vn.chuan.imports;

/** Told how far a long import has come, for a progress bar. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> { };

    /** {@code total} is -1 while unknown (reading a stream). */
    void update(String phase, int done, int total);
}
