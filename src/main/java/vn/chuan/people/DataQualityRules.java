package vn.chuan.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;

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
            new Rule(new QualityRule("KHONG_CO_CHUC_VU", Messages.text("people.quality.noPost.title"),
                    Messages.text("people.quality.noPost.explanation")),
                    """
                    select p.id as person_id, max(a.ended_on) as last_end from person p left join assignment a on a.person_id = p.id
                    where not exists (select 1 from assignment c where c.person_id = p.id and c.started_on <= :d
                                      and (c.ended_on is null or c.ended_on >= :d))
                      and not exists (select 1 from assignment r where r.person_id = p.id and r.end_reason in ('NGHI_HUU', 'THOI_VIEC'))
                      and not exists (select 1 from assignment f where f.person_id = p.id and f.started_on > :d)
                    group by p.id
                    """,
                    rs -> rs.getDate("last_end") == null ? Messages.text("people.quality.noPost.none")
                            : Messages.text("people.quality.noPost.lastEnded", Dates.format(rs.getDate("last_end").toLocalDate()))),
            new Rule(new QualityRule("HAI_CHUC_VU", Messages.text("people.quality.twoPosts.title"),
                    Messages.text("people.quality.twoPosts.explanation")),
                    """
                    select a.person_id, count(*) as n from assignment a
                    where a.kind = 'CHINH' and a.started_on <= :d and (a.ended_on is null or a.ended_on >= :d)
                    group by a.person_id having count(*) > 1
                    """,
                    rs -> Messages.text("people.quality.twoPosts.detail", rs.getInt("n"))),
            new Rule(new QualityRule("KIEM_NHIEM_KHONG_CHINH", Messages.text("people.quality.besideNothing.title"),
                    Messages.text("people.quality.besideNothing.explanation")),
                    """
                    select c.person_id, min(c.title_code) as title_code from assignment c
                    where c.kind <> 'CHINH' and c.started_on <= :d and (c.ended_on is null or c.ended_on >= :d)
                      and not exists (select 1 from assignment a where a.person_id = c.person_id and a.kind = 'CHINH'
                                      and a.started_on <= :d and (a.ended_on is null or a.ended_on >= :d))
                    group by c.person_id
                    """,
                    rs -> Messages.text("people.quality.besideNothing.detail", PositionTitle.nameOf(rs.getString("title_code")))),
            new Rule(new QualityRule("TRUNG_HO_TEN_NGAY_SINH", Messages.text("people.quality.sameNameBirth.title"),
                    Messages.text("people.quality.sameNameBirth.explanation")),
                    duplicates("p.folded_name, p.birth_date", "true"),
                    rs -> duplicateOf(Messages.text("people.quality.sameNameBirth.detail"), rs)),
            new Rule(new QualityRule("TRUNG_CCCD", Messages.text("people.quality.sameCitizenId.title"),
                    Messages.text("people.quality.sameCitizenId.explanation")),
                    duplicates("p.citizen_id", "p.citizen_id is not null"),
                    rs -> duplicateOf(Messages.text("people.quality.sameCitizenId.detail"), rs)),
            new Rule(new QualityRule("CCCD_SAI", Messages.text("people.quality.badCitizenId.title"),
                    Messages.text("people.quality.badCitizenId.explanation")),
                    """
                    select p.id as person_id, p.citizen_id from person p
                    where p.citizen_id is not null and p.citizen_id <> ''
                      and translate(p.citizen_id, '0123456789', '##########') <> '############'
                    """,
                    rs -> Messages.text("people.quality.badCitizenId.detail", rs.getString("citizen_id"))),
            new Rule(new QualityRule("THIEU_CCCD", Messages.text("people.quality.noCitizenId.title"),
                    Messages.text("people.quality.noCitizenId.explanation")),
                    """
                    select p.id as person_id from person p where p.citizen_id is null or p.citizen_id = ''
                    """,
                    rs -> Messages.text("people.quality.noCitizenId.detail")),
            new Rule(new QualityRule("VAN_BANG_TRUOC_NGAY_SINH", Messages.text("people.quality.diplomaBeforeBirth.title"),
                    Messages.text("people.quality.diplomaBeforeBirth.explanation")),
                    """
                    select q.person_id, q.dimension, q.acquired_on from qualification q join person p on p.id = q.person_id
                    where q.acquired_on < p.birth_date
                    """,
                    rs -> Messages.text("people.quality.diplomaBeforeBirth.detail", Dimension.valueOf(rs.getString("dimension")).label(),
                            Dates.format(rs.getDate("acquired_on").toLocalDate()))),
            new Rule(new QualityRule("KET_THUC_TRUOC_BAT_DAU", Messages.text("people.quality.endsBeforeStart.title"),
                    Messages.text("people.quality.endsBeforeStart.explanation")),
                    """
                    select a.person_id, a.started_on, a.ended_on from assignment a where a.ended_on < a.started_on
                    """,
                    rs -> Messages.text("people.quality.endsBeforeStart.detail", Dates.format(rs.getDate("started_on").toLocalDate()),
                            Dates.format(rs.getDate("ended_on").toLocalDate()))),
            new Rule(new QualityRule("CONG_TAC_TRUOC_15_TUOI", Messages.text("people.quality.startedBefore15.title"),
                    Messages.text("people.quality.startedBefore15.explanation")),
                    """
                    select a.person_id, a.started_on, p.birth_date from assignment a join person p on p.id = a.person_id
                    where a.started_on < p.birth_date + interval '15' year
                    """,
                    rs -> Messages.text("people.quality.startedBefore15.detail", Dates.format(rs.getDate("started_on").toLocalDate()),
                            Dates.format(rs.getDate("birth_date").toLocalDate()))),
            new Rule(new QualityRule("THIEU_TRINH_DO", Messages.text("people.quality.missingLevels.title"),
                    Messages.text("people.quality.missingLevels.explanation")),
                    """
                    select a.person_id, a.category, r.dimension from assignment a
                    join (select 'CB' as category, 'GENERAL_EDUCATION' as dimension union all
                          select 'CB', 'PROFESSIONAL' union all select 'CB', 'POLITICAL_THEORY' union all
                          select 'CC', 'GENERAL_EDUCATION' union all select 'CC', 'PROFESSIONAL') r on r.category = a.category
                    where a.started_on <= :d and (a.ended_on is null or a.ended_on >= :d)
                      and not exists (select 1 from qualification q where q.person_id = a.person_id and q.dimension = r.dimension)
                    """,
                    rs -> Messages.text("people.quality.missingLevels.detail", Dimension.valueOf(rs.getString("dimension")).label().toLowerCase())));

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
        return sentence + rs.getString("other_code") + (others > 1 ? Messages.text("people.quality.andOthers", (others - 1)) : "");
    }
}
