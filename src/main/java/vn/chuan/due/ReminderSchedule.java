package vn.chuan.due;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Makes the day's digests and sends the mails every morning (and retries the failed ones). */
@Component
@ConditionalOnProperty(name = "chuan.reminders.enabled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private final Reminders reminders;

    ReminderSchedule(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${chuan.reminders.cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    void everyMorning() {
        reminders.run();
    }
}
