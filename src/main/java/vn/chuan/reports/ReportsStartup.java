package vn.chuan.reports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the report tallies to today when the application starts (after the demo people are
 * loaded), so that the first report of the day does not wait for it. Batch commands skip it.
 */
@Component
@Order(30)
class ReportsStartup implements ApplicationRunner {

    private final ReportTally tally;
    private final boolean enabled;

    ReportsStartup(ReportTally tally, @Value("${chuan.reports.update-on-start:true}") boolean enabled) {
        this.tally = tally;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            tally.bringToToday();
        }
    }
}
