package vn.chuan.standards;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Writes the seeded standard sets on a database without any (before the demo people are loaded). */
@Component
@Order(5)
class StandardsStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StandardsStartup.class);

    private final Standards standards;

    StandardsStartup(Standards standards) {
        this.standards = standards;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (standards.isEmpty()) {
            SeededStandardSets.all().forEach(standards::save);
            int assessed = standards.reassessAll();
            log.info("Seeded {} standard sets; assessed {} persons", SeededStandardSets.all().size(), assessed);
        }
    }
}
