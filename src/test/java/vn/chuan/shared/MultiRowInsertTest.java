package vn.chuan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every row arrives once, in order, with its nulls, whether the rows fill whole statements or not. */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MultiRowInsertTest {

    record Row(long number, String text, LocalDate date) {
    }

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, MultiRowInsert.ROWS - 1, MultiRowInsert.ROWS, MultiRowInsert.ROWS + 1, 3 * MultiRowInsert.ROWS + 5})
    void insertsEveryRowOnceInOrder(int count) {
        jdbc.execute("create table if not exists multi_row_test (n bigint, t varchar(20), d date, fixed int)");
        jdbc.execute("delete from multi_row_test");
        List<Row> rows = IntStream.range(0, count)
                .mapToObj(i -> new Row(i, i % 3 == 0 ? null : "dòng " + i, i % 2 == 0 ? null : LocalDate.of(2020, 1, 1).plusDays(i)))
                .toList();

        MultiRowInsert.insert(jdbc, "insert into multi_row_test (n, t, d, fixed)", "(?, ?, ?, 7)", rows,
                (parameters, row) -> parameters.setLong(row.number()).setString(row.text()).setDate(row.date()));

        List<Row> stored = jdbc.query("select n, t, d from multi_row_test order by n",
                (rs, n) -> new Row(rs.getLong("n"), rs.getString("t"), rs.getObject("d", LocalDate.class)));
        assertThat(stored).containsExactlyElementsOf(rows);
        assertThat(jdbc.queryForObject("select count(*) from multi_row_test where fixed = 7", Long.class)).isEqualTo(count);
    }
}
