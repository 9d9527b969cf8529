package vn.chuan.due;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.dossier.PersonnelFiles;
import vn.chuan.dossier.SalaryRank;
import vn.chuan.dossier.SalaryStep;
import vn.chuan.evaluation.Conduct;
import vn.chuan.people.Assignment;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.security.UserScope;
import vn.chuan.units.Unit;

/**
 * What falls due in a unit (and below) in a period, for the people holding a post there today:
 * computed from their records each time (so that recording what was done closes the item), in date
 * order. Only what the scope sees.
 */
@Service
public class DueDates {

    private static final int CHUNK = 500;

    /** The periods the page offers; overdue looks back one year. */
    public enum Period {
        QUA_HAN, THANG_NAY, BA_THANG, NAM_NAY;

        public String label() {
            return vn.chuan.shared.Messages.text(switch (this) {
                case QUA_HAN -> "due.period.overdue";
                case THANG_NAY -> "due.period.thisMonth";
                case BA_THANG -> "due.period.threeMonths";
                case NAM_NAY -> "due.period.thisYear";
            });
        }

        public LocalDate from(LocalDate today) {
            return this == QUA_HAN ? today.minusYears(1) : today;
        }

        public LocalDate to(LocalDate today) {
            return switch (this) {
                case QUA_HAN -> today.minusDays(1);
                case THANG_NAY -> today.withDayOfMonth(today.lengthOfMonth());
                case BA_THANG -> today.plusMonths(3);
                case NAM_NAY -> LocalDate.of(today.getYear(), 12, 31);
            };
        }
    }

    private final PersonRegistry people;
    private final PersonnelFiles files;
    private final Conduct conduct;
    private final Clock clock;

    DueDates(PersonRegistry people, PersonnelFiles files, Conduct conduct, Clock clock) {
        this.people = people;
        this.files = files;
        this.conduct = conduct;
        this.clock = clock;
    }

    /** The items of {@code unit}'s subtree (null: the whole scope) dated from {@code from} to {@code to}, both included. */
    @Transactional(readOnly = true)
    public List<DueItem> between(UserScope scope, Unit unit, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> filter = new HashMap<>();
        if (unit != null) {
            filter.put("donVi", String.valueOf(unit.id().value()));
        }
        List<Long> ids = people.ids(scope, PersonSearch.fromParameters(filter, today));
        Map<String, String> below = new HashMap<>(filter);
        below.put("chuan", "CHUA_DAT");
        Set<Long> belowStandard = new HashSet<>(people.ids(scope, PersonSearch.fromParameters(below, today)));
        Map<String, SalaryRank> ranks = new HashMap<>();
        files.ranks().forEach(r -> ranks.put(r.code(), r));
        List<DueItem> items = new ArrayList<>();
        for (int start = 0; start < ids.size(); start += CHUNK) {
            List<Long> chunk = ids.subList(start, Math.min(ids.size(), start + CHUNK));
            Map<Long, List<SalaryStep>> salary = files.salaryOf(chunk);
            Map<Long, List<Conduct.Discipline>> disciplines = conduct.disciplinesOf(chunk);
            for (PersonRecord person : people.findByIds(scope, chunk)) {
                Optional<Assignment> post = person.assignmentOn(today);
                if (post.isEmpty()) {
                    continue;
                }
                long id = person.id().value();
                for (DueItem item : DueRules.of(person, post.get(), salary.getOrDefault(id, List.of()), ranks,
                        disciplines.getOrDefault(id, List.of()), belowStandard.contains(id), today)) {
                    if (!item.date().isBefore(from) && !item.date().isAfter(to)) {
                        items.add(item);
                    }
                }
            }
        }
        items.sort(Comparator.comparing(DueItem::date).thenComparing(DueItem::kind).thenComparing(DueItem::personName,
                vn.chuan.shared.VietnameseText::compare));
        return items;
    }

    public List<DueItem> in(UserScope scope, Unit unit, Period period) {
        LocalDate today = LocalDate.now(clock);
        return between(scope, unit, period.from(today), period.to(today));
    }
}
