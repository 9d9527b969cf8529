package vn.chuan.targets;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes the indicators the seeds name on a database without any, and one per figure source (before the demo loads its targets). */
@Component
@Order(6)
class TargetsStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TargetsStartup.class);

    private final TargetRepository repository;
    private final List<FigureSource> figures;
    private final TransactionTemplate transaction;

    TargetsStartup(TargetRepository repository, List<FigureSource> figures, TransactionTemplate transaction) {
        this.repository = repository;
        this.figures = figures;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.isEmpty()) {
            // Seeds are written as they are: checking a population would refuse them on an empty database.
            transaction.executeWithoutResult(status -> SeededIndicators.all().forEach(repository::insert));
            log.info("Seeded {} indicators", SeededIndicators.all().size());
        }
        // One indicator per figure another module counts, also on a database that already has indicators.
        transaction.executeWithoutResult(status -> figures.forEach(figure -> {
            String condition = Indicator.FIGURE_PREFIX + figure.key();
            if (!repository.indicatorCounting(condition)) {
                repository.insert(new Indicator.Definition(figure.name(), figure.description() + " — " + figure.source(), Set.of(),
                        false, Set.of(), null, null, condition));
            }
        }));
    }
}
