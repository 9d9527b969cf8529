package vn.chuan.due;

import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.chuan.shared.ScheduledSlots;

/**
 * Makes the day's digests and sends the mails every morning (and retries the failed ones): on one instance only when
 * several run behind a load balancer (each would send every mail).
 */
@Component
@ConditionalOnProperty(name = "chuan.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final Reminders reminders;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReminderSchedule(Reminders reminders, JdbcClient jdbc, Clock clock) {
        this.reminders = reminders;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${chuan.reminders.cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    void everyMorning() {
        if (ScheduledSlots.claim(jdbc, "reminders", LocalDateTime.now(clock))) {
            reminders.run();
        } else {
            log.info("Reminders of this slot are sent by another instance");
        }
    }
}
