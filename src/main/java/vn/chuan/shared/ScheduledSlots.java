package vn.chuan.shared;

import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Periodic work done once across application instances: each instance's scheduler fires at the same time, and the
 * first to claim the job's slot (the minute it was due) does the work; the others find the slot taken. The claim is
 * one conditional update, committed on its own (outside any transaction of the caller), on the {@code scheduled_run}
 * row of the job: the database decides who was first. An instance that dies after claiming leaves the slot done; the
 * work must then be safe to do again at the next slot (the reminders are: each digest has a unique key, unsent mail
 * is retried).
 */
public final class ScheduledSlots {

    /** Which instance claimed a slot, for whoever reads the table: the JVM's name ("pid@host"). */
    private static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    private ScheduledSlots() {
    }

    /** Whether this instance claimed {@code job}'s slot {@code dueAt} (to the minute) and is to do the work. */
    public static boolean claim(JdbcClient jdbc, String job, LocalDateTime dueAt) {
        String slot = dueAt.withSecond(0).withNano(0).toString();
        int taken = jdbc.sql("update scheduled_run set slot = :slot, claimed_at = :at, claimed_by = :by where job = :job and slot <> :slot")
                .param("slot", slot).param("at", dueAt).param("by", INSTANCE).param("job", job).update();
        if (taken == 1) {
            return true;
        }
        if (jdbc.sql("select count(*) from scheduled_run where job = :job").param("job", job).query(Integer.class).single() > 0) {
            return false;
        }
        try {
            // The job's first run ever: two instances inserting at once collide on the key, and one of them wins.
            jdbc.sql("insert into scheduled_run (job, slot, claimed_at, claimed_by) values (:job, :slot, :at, :by)")
                    .param("job", job).param("slot", slot).param("at", dueAt).param("by", INSTANCE).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
