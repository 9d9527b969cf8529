package vn.chuan.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.chuan.people.PersonRegistry;
import vn.chuan.people.PersonSearch;
import vn.chuan.security.UserScope;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitLevel;
import vn.chuan.units.Units;

/**
 * Over a generated province (the demo generator, with its history and the 2025 merge): every form
 * adds up, today's form from the kept tallies equals the one counted from the records, and every
 * count of a row equals the length of the list it opens.
 */
@Tag("db")
@SpringBootTest(properties = {"chuan.demo.load-on-empty=true", "chuan.demo.persons=400"})
class ReportConsistencyTest {

    private static final UserScope EVERYONE = UserScope.everything(false);

    @Autowired
    Reports reports;
    @Autowired
    Units units;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Clock clock;

    @Test
    void overGeneratedDataFormsAddUpBothEnginesAgreeAndEveryCountIsTheLengthOfItsList() {
        LocalDate today = LocalDate.now(clock);
        Unit province = units.roots().stream().filter(u -> u.isValidOn(today)).findFirst().orElseThrow();
        for (LocalDate date : List.of(today, LocalDate.of(2024, 12, 31), LocalDate.of(2018, 12, 31))) {
            ReportTable form = reports.quality(EVERYONE, province, date);
            assertThat(form.total().count(QualityColumn.TOTAL)).as("people on %s", date).isPositive();
            addsUp(form);
        }
        ReportTable kept = reports.quality(EVERYONE, province, today);
        ReportTable counted = reports.quality(EVERYONE, province, today, true);
        for (int i = 0; i < kept.rowsAndTotal().size(); i++) {
            for (ReportColumn column : counted.columns()) {
                assertThat(kept.rowsAndTotal().get(i).count(column)).as("%s %s", kept.rowsAndTotal().get(i).label(), column)
                        .isEqualTo(counted.rowsAndTotal().get(i).count(column));
            }
        }
        for (LocalDate date : List.of(today, LocalDate.of(2018, 12, 31))) {
            ReportTable form = reports.quality(EVERYONE, province, date);
            ReportTable.Row row = form.rows().get(0);
            for (ReportColumn column : form.columns()) {
                Map<String, String> params = new LinkedHashMap<>();
                for (String pair : column.listFilter().replace("%2B", "+").split("&")) {
                    String[] kv = pair.split("=", 2);
                    params.put(kv[0], kv[1]);
                }
                params.put("donVi", String.valueOf(row.unit().id().value()));
                params.put("ngay", date.toString());
                long listed = registry.search(EVERYONE, PersonSearch.fromParameters(params, today)).total();
                assertThat(listed).as("list of %s in %s on %s", column, row.label(), date).isEqualTo(row.count(column));
            }
        }
    }

    @Test
    void onAPastDateTheEthnicGroupsAddUpToTheMinorities() {
        Unit province = units.roots().stream().filter(u -> u.isValidOn(LocalDate.now(clock))).findFirst().orElseThrow();
        ReportTable past = reports.breakdown(EVERYONE, province, LocalDate.of(2024, 12, 31), BreakdownColumn.By.of("dan_toc"),
                Set.of(StaffCategory.CB, StaffCategory.CC));
        long minorities = past.total().count(past.columns().stream().filter(c -> c.label().equals("Dân tộc thiểu số")).findFirst()
                .orElseThrow());
        long inGroups = past.columns().stream().filter(c -> c.group().equals("Trong đó")).mapToLong(c -> past.total().count(c)).sum();
        assertThat(minorities).isPositive();
        assertThat(inGroups).isEqualTo(minorities);
    }

    /**
     * Every demo commune is a merged one: before 1/7/2025 each has the past of the communes it was
     * formed from, so the merged communes' year-ends add up to the province's, every year since 2015,
     * and the province's rows add up too.
     */
    @Test
    void theMergedCommunesPastsAddUpToTheProvinceEveryYearEnd() {
        LocalDate today = LocalDate.now(clock);
        Unit province = units.roots().stream().filter(u -> u.isValidOn(today)).findFirst().orElseThrow();
        List<Unit> communes = units.subtree(province, today).stream().filter(u -> u.level() == UnitLevel.COMMUNE).toList();
        assertThat(communes).isNotEmpty();
        for (int year = 2015; year < today.getYear(); year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            ReportTable whole = reports.quality(EVERYONE, province, end);
            addsUp(whole);
            long sum = 0;
            for (Unit commune : communes) {
                sum += reports.quality(EVERYONE, commune, end).total().count(QualityColumn.TOTAL);
            }
            assertThat(sum).as("the merged communes' pasts on %s", end).isEqualTo(whole.total().count(QualityColumn.TOTAL)).isPositive();
        }
    }

    private static void addsUp(ReportTable form) {
        for (ReportColumn column : form.columns()) {
            assertThat(form.rows().stream().mapToLong(r -> r.count(column)).sum()).as("rows add up for %s on %s", column, form.asOf())
                    .isEqualTo(form.total().count(column));
        }
        ReportTable.Row total = form.total();
        assertThat(total.count(QualityColumn.CB) + total.count(QualityColumn.CC)).isEqualTo(total.count(QualityColumn.TOTAL));
        assertThat(sum(total, QualityColumn.TIEN_SI, QualityColumn.THAC_SI, QualityColumn.DAI_HOC, QualityColumn.CAO_DANG,
                QualityColumn.TRUNG_CAP, QualityColumn.DUOI_TRUNG_CAP)).as("professional levels").isEqualTo(total.count(QualityColumn.TOTAL));
        assertThat(sum(total, QualityColumn.TUOI_DUOI_30, QualityColumn.TUOI_30_40, QualityColumn.TUOI_41_50, QualityColumn.TUOI_51_60,
                QualityColumn.TUOI_TREN_60)).as("age bands").isEqualTo(total.count(QualityColumn.TOTAL));
    }

    private static long sum(ReportTable.Row row, QualityColumn... columns) {
        long sum = 0;
        for (QualityColumn column : columns) {
            sum += row.count(column);
        }
        return sum;
    }
}
