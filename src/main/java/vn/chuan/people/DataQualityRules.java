package vn.chuan.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;

/**
 * The data-quality rules, as data: each is a title, an explanation, a query returning the flagged
 * persons ({@code person_id} plus the columns its detail needs) and the sentence describing a
 * finding. Every query may use {@code :d} (the date) and gets only persons whose home unit (the
 * unit of the post held on the date, else of the latest post) lies in the scope. To add a rule,
 * add an entry here and a test.
 */
final class DataQualityRules {

    /** Formats one finding's detail from its row. */
    @FunctionalInterface
    interface Detail {
        String of(ResultSet rs) throws SQLException;
    }

    record Rule(QualityRule rule, String sql, Detail detail) {
    }

    private DataQualityRules() {
    }

    static final List<Rule> ALL = List.of(
            new Rule(new QualityRule("KHONG_CO_CHUC_VU", "Không giữ chức vụ nào",
                    "Người chưa nghỉ hưu hay thôi việc nhưng không có chức vụ nào tại ngày xem: thiếu quá trình công tác."),
                    """
                    select p.id as person_id, max(a.ended_on) as last_end from person p left join assignment a on a.person_id = p.id
                    where not exists (select 1 from assignment c where c.person_id = p.id and c.started_on <= :d
                                      and (c.ended_on is null or c.ended_on >= :d))
                      and not exists (select 1 from assignment r where r.person_id = p.id and r.end_reason in ('NGHI_HUU', 'THOI_VIEC'))
                      and not exists (select 1 from assignment f where f.person_id = p.id and f.started_on > :d)
                    group by p.id
                    """,
                    rs -> rs.getDate("last_end") == null ? "Không có chức vụ nào được ghi nhận"
                            : "Chức vụ cuối kết thúc ngày " + Dates.format(rs.getDate("last_end").toLocalDate())
                            + " mà không có chức vụ tiếp theo"),
            new Rule(new QualityRule("HAI_CHUC_VU", "Giữ hai chức vụ cùng lúc",
                    "Hai chức vụ còn hiệu lực cùng ngày: thường là quên ghi ngày kết thúc chức vụ cũ."),
                    """
                    select a.person_id, count(*) as n from assignment a
                    where a.started_on <= :d and (a.ended_on is null or a.ended_on >= :d)
                    group by a.person_id having count(*) > 1
                    """,
                    rs -> rs.getInt("n") + " chức vụ cùng còn hiệu lực"),
            new Rule(new QualityRule("TRUNG_HO_TEN_NGAY_SINH", "Trùng họ tên và ngày sinh",
                    "Hai hồ sơ cùng họ tên và ngày sinh có thể là một người được nhập hai lần."),
                    duplicates("p.folded_name, p.birth_date", "true"),
                    rs -> duplicateOf("Trùng với hồ sơ ", rs)),
            new Rule(new QualityRule("TRUNG_CCCD", "Trùng số CCCD",
                    "Hai hồ sơ cùng một số căn cước công dân."),
                    duplicates("p.citizen_id", "p.citizen_id is not null"),
                    rs -> duplicateOf("Cùng số CCCD với hồ sơ ", rs)),
            new Rule(new QualityRule("CCCD_SAI", "Số CCCD không đúng 12 chữ số",
                    "Số căn cước công dân phải gồm đúng 12 chữ số."),
                    """
                    select p.id as person_id, p.citizen_id from person p
                    where p.citizen_id is not null and p.citizen_id <> ''
                      and translate(p.citizen_id, '0123456789', '##########') <> '############'
                    """,
                    rs -> "Số CCCD hiện có: " + rs.getString("citizen_id")),
            new Rule(new QualityRule("THIEU_CCCD", "Chưa có số CCCD",
                    "Số định danh cá nhân là khóa của hồ sơ trong cơ sở dữ liệu quốc gia (NĐ 27/2026)."),
                    """
                    select p.id as person_id from person p where p.citizen_id is null or p.citizen_id = ''
                    """,
                    rs -> "Chưa ghi số CCCD"),
            new Rule(new QualityRule("VAN_BANG_TRUOC_NGAY_SINH", "Văn bằng cấp trước ngày sinh",
                    "Ngày cấp văn bằng, chứng chỉ không thể trước ngày sinh."),
                    """
                    select q.person_id, q.dimension, q.acquired_on from qualification q join person p on p.id = q.person_id
                    where q.acquired_on < p.birth_date
                    """,
                    rs -> Dimension.valueOf(rs.getString("dimension")).label() + " cấp ngày "
                            + Dates.format(rs.getDate("acquired_on").toLocalDate())),
            new Rule(new QualityRule("KET_THUC_TRUOC_BAT_DAU", "Chức vụ kết thúc trước khi bắt đầu",
                    "Ngày kết thúc của một chức vụ trước ngày bắt đầu của nó."),
                    """
                    select a.person_id, a.started_on, a.ended_on from assignment a where a.ended_on < a.started_on
                    """,
                    rs -> "Từ " + Dates.format(rs.getDate("started_on").toLocalDate()) + " đến "
                            + Dates.format(rs.getDate("ended_on").toLocalDate())),
            new Rule(new QualityRule("CONG_TAC_TRUOC_15_TUOI", "Bắt đầu công tác trước 15 tuổi",
                    "Ngày bắt đầu chức vụ quá sớm so với ngày sinh: thường là nhầm năm."),
                    """
                    select a.person_id, a.started_on, p.birth_date from assignment a join person p on p.id = a.person_id
                    where a.started_on < p.birth_date + interval '15' year
                    """,
                    rs -> "Bắt đầu ngày " + Dates.format(rs.getDate("started_on").toLocalDate()) + ", sinh ngày "
                            + Dates.format(rs.getDate("birth_date").toLocalDate())),
            new Rule(new QualityRule("THIEU_TRINH_DO", "Thiếu trình độ bắt buộc theo loại",
                    "Cán bộ cần được ghi trình độ văn hóa, chuyên môn và lý luận chính trị; công chức cần trình độ văn hóa và "
                            + "chuyên môn. Chưa ghi thì không đánh giá được chuẩn."),
                    """
                    select a.person_id, a.category, r.dimension from assignment a
                    join (select 'CB' as category, 'GENERAL_EDUCATION' as dimension union all
                          select 'CB', 'PROFESSIONAL' union all select 'CB', 'POLITICAL_THEORY' union all
                          select 'CC', 'GENERAL_EDUCATION' union all select 'CC', 'PROFESSIONAL') r on r.category = a.category
                    where a.started_on <= :d and (a.ended_on is null or a.ended_on >= :d)
                      and not exists (select 1 from qualification q where q.person_id = a.person_id and q.dimension = r.dimension)
                    """,
                    rs -> "Chưa ghi " + Dimension.valueOf(rs.getString("dimension")).label().toLowerCase()));

    /**
     * The persons sharing {@code key} with another, one finding each, naming one of the others. One
     * scan with window functions rather than a self-join: a self-join needs an index on the key, and
     * such an index (random keys) made every insert of a bulk import touch a cold page.
     */
    private static String duplicates(String key, String condition) {
        return """
                select person_id, people, case when code = first_code then last_code else first_code end as other_code
                from (select p.id as person_id, p.code, count(*) over (partition by %1$s) as people,
                             min(p.code) over (partition by %1$s) as first_code,
                             max(p.code) over (partition by %1$s) as last_code
                      from person p where %2$s) d
                where people > 1
                """.formatted(key, condition);
    }

    private static String duplicateOf(String sentence, ResultSet rs) throws SQLException {
        int others = rs.getInt("people") - 1;
        return sentence + rs.getString("other_code") + (others > 1 ? " và " + (others - 1) + " hồ sơ khác" : "");
    }
}
