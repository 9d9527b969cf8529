package vn.chuan.dossier;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The personnel file's tables, in SQL one can read. */
@Repository
class DossierRepository {

    private static final String PROFILE_COLUMNS = "other_names, birth_place, home_town, permanent_residence, current_residence, religion, "
            + "height_cm, weight_kg, blood_group, health_status, social_insurance_no, recruited_on, recruited_by, occupation_before, "
            + "party_official_on, party_posts, mass_organisations, army_enlisted_on, army_discharged_on, army_rank, honours, strengths";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    DossierRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    // ---- profile -------------------------------------------------------------------------------------

    Optional<Profile> profile(long personId) {
        return jdbc.sql("select " + PROFILE_COLUMNS + ", version from person_profile where person_id = :p").param("p", personId)
                .query((rs, n) -> profile(rs)).optional();
    }

    Map<Long, Profile> profiles(Collection<Long> personIds) {
        Map<Long, Profile> found = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select person_id, " + PROFILE_COLUMNS + ", version from person_profile where person_id in (:ids)")
                    .param("ids", personIds)
                    .query(rs -> {
                        found.put(rs.getLong("person_id"), profile(rs));
                    });
        }
        return found;
    }

    /** Writes the profile if its version is still {@code expectedVersion}; false when someone saved it first. */
    boolean saveProfile(long personId, Profile p, int expectedVersion, boolean exists) {
        Map<String, Object> params = profileParams(p);
        params.put("p", personId);
        params.put("v", expectedVersion);
        if (!exists) {
            return jdbc.sql("insert into person_profile (person_id, " + PROFILE_COLUMNS + ", version) values (:p, :otherNames, :birthPlace, "
                            + ":homeTown, :permanentResidence, :currentResidence, :religion, :heightCm, :weightKg, :bloodGroup, :healthStatus, "
                            + ":socialInsuranceNo, :recruitedOn, :recruitedBy, :occupationBefore, :partyOfficialOn, :partyPosts, "
                            + ":massOrganisations, :armyEnlistedOn, :armyDischargedOn, :armyRank, :honours, :strengths, 1)")
                    .params(params).update() == 1;
        }
        return jdbc.sql("""
                update person_profile set other_names = :otherNames, birth_place = :birthPlace, home_town = :homeTown,
                    permanent_residence = :permanentResidence, current_residence = :currentResidence, religion = :religion,
                    height_cm = :heightCm, weight_kg = :weightKg, blood_group = :bloodGroup, health_status = :healthStatus,
                    social_insurance_no = :socialInsuranceNo, recruited_on = :recruitedOn, recruited_by = :recruitedBy,
                    occupation_before = :occupationBefore, party_official_on = :partyOfficialOn, party_posts = :partyPosts,
                    mass_organisations = :massOrganisations, army_enlisted_on = :armyEnlistedOn,
                    army_discharged_on = :armyDischargedOn, army_rank = :armyRank, honours = :honours, strengths = :strengths,
                    version = version + 1
                where person_id = :p and version = :v
                """).params(params).update() == 1;
    }

    private static Map<String, Object> profileParams(Profile p) {
        Map<String, Object> params = new HashMap<>();
        params.put("otherNames", p.otherNames());
        params.put("birthPlace", p.birthPlace());
        params.put("homeTown", p.homeTown());
        params.put("permanentResidence", p.permanentResidence());
        params.put("currentResidence", p.currentResidence());
        params.put("religion", p.religion());
        params.put("heightCm", p.heightCm());
        params.put("weightKg", p.weightKg());
        params.put("bloodGroup", p.bloodGroup());
        params.put("healthStatus", p.healthStatus());
        params.put("socialInsuranceNo", p.socialInsuranceNo());
        params.put("recruitedOn", p.recruitedOn());
        params.put("recruitedBy", p.recruitedBy());
        params.put("occupationBefore", p.occupationBefore());
        params.put("partyOfficialOn", p.partyOfficialOn());
        params.put("partyPosts", p.partyPosts());
        params.put("massOrganisations", p.massOrganisations());
        params.put("armyEnlistedOn", p.armyEnlistedOn());
        params.put("armyDischargedOn", p.armyDischargedOn());
        params.put("armyRank", p.armyRank());
        params.put("honours", p.honours());
        params.put("strengths", p.strengths());
        return params;
    }

    private static Profile profile(ResultSet rs) throws SQLException {
        return new Profile(rs.getString("other_names"), rs.getString("birth_place"), rs.getString("home_town"),
                rs.getString("permanent_residence"), rs.getString("current_residence"), rs.getString("religion"),
                integer(rs, "height_cm"), integer(rs, "weight_kg"), rs.getString("blood_group"), rs.getString("health_status"),
                rs.getString("social_insurance_no"), date(rs, "recruited_on"), rs.getString("recruited_by"),
                rs.getString("occupation_before"), date(rs, "party_official_on"), rs.getString("party_posts"),
                rs.getString("mass_organisations"), date(rs, "army_enlisted_on"), date(rs, "army_discharged_on"),
                rs.getString("army_rank"), rs.getString("honours"), rs.getString("strengths"), rs.getInt("version"));
    }

    // ---- family, work, training --------------------------------------------------------------------

    Map<Long, List<FamilyMember>> family(Collection<Long> personIds) {
        Map<Long, List<FamilyMember>> found = grouped(personIds);
        if (!personIds.isEmpty()) {
            jdbc.sql("select * from family_member where person_id in (:ids) order by person_id, id").param("ids", personIds)
                    .query(rs -> {
                        found.get(rs.getLong("person_id")).add(new FamilyMember(rs.getLong("id"),
                                FamilyRelation.valueOf(rs.getString("relation")), rs.getString("full_name"), integer(rs, "birth_year"),
                                rs.getString("home_town"), rs.getString("occupation"), rs.getString("workplace")));
                    });
        }
        found.values().forEach(list -> list.sort(java.util.Comparator.comparing(FamilyMember::relation)));
        return found;
    }

    long addFamily(long personId, FamilyMember m) {
        return insert("insert into family_member (person_id, relation, full_name, birth_year, home_town, occupation, workplace) "
                + "values (:p, :relation, :name, :year, :homeTown, :occupation, :workplace)", Map.of("p", personId,
                "relation", m.relation().name(), "name", m.fullName()), nullable("year", m.birthYear(), "homeTown", m.homeTown(),
                "occupation", m.occupation(), "workplace", m.workplace()));
    }

    Map<Long, List<WorkEntry>> work(Collection<Long> personIds) {
        Map<Long, List<WorkEntry>> found = grouped(personIds);
        if (!personIds.isEmpty()) {
            jdbc.sql("select * from work_history where person_id in (:ids) order by person_id, from_on, id").param("ids", personIds)
                    .query(rs -> {
                        found.get(rs.getLong("person_id")).add(new WorkEntry(rs.getLong("id"), date(rs, "from_on"), date(rs, "to_on"),
                                rs.getString("post"), rs.getString("place")));
                    });
        }
        return found;
    }

    long addWork(long personId, WorkEntry w) {
        return insert("insert into work_history (person_id, from_on, to_on, post, place) values (:p, :from, :to, :post, :place)",
                Map.of("p", personId, "from", w.fromOn(), "post", w.post()), nullable("to", w.toOn(), "place", w.place()));
    }

    Map<Long, List<TrainingEntry>> training(Collection<Long> personIds) {
        Map<Long, List<TrainingEntry>> found = grouped(personIds);
        if (!personIds.isEmpty()) {
            jdbc.sql("select * from training_history where person_id in (:ids) order by person_id, from_on, id").param("ids", personIds)
                    .query(rs -> {
                        long q = rs.getLong("qualification_id");
                        found.get(rs.getLong("person_id")).add(new TrainingEntry(rs.getLong("id"), rs.getString("school"),
                                rs.getString("field"), date(rs, "from_on"), date(rs, "to_on"), TrainingMode.valueOf(rs.getString("mode")),
                                rs.getString("diploma"), rs.wasNull() ? null : q));
                    });
        }
        return found;
    }

    long addTraining(long personId, TrainingEntry t) {
        return insert("insert into training_history (person_id, school, field, from_on, to_on, mode, diploma, qualification_id) "
                + "values (:p, :school, :field, :from, :to, :mode, :diploma, :q)", Map.of("p", personId, "school", t.school(),
                "from", t.fromOn(), "mode", t.mode().name()), nullable("field", t.field(), "to", t.toOn(), "diploma", t.diploma(),
                "q", t.qualificationId()));
    }

    // ---- salary ------------------------------------------------------------------------------------

    List<SalaryRank> ranks() {
        Map<String, List<BigDecimal>> steps = new HashMap<>();
        jdbc.sql("select rank_code, coefficient from salary_rank_step order by rank_code, step")
                .query(rs -> {
                    steps.computeIfAbsent(rs.getString("rank_code"), k -> new ArrayList<>()).add(rs.getBigDecimal("coefficient"));
                });
        return jdbc.sql("select code, name, scale_group, raise_months from salary_rank order by code")
                .query((rs, n) -> new SalaryRank(rs.getString("code"), rs.getString("name"), rs.getString("scale_group"),
                        rs.getInt("raise_months"), List.copyOf(steps.getOrDefault(rs.getString("code"), List.of()))))
                .list();
    }

    Map<Long, List<SalaryStep>> salary(Collection<Long> personIds) {
        Map<Long, List<SalaryStep>> found = grouped(personIds);
        if (!personIds.isEmpty()) {
            jdbc.sql("select s.*, r.name as rank_name from salary_step s join salary_rank r on r.code = s.rank_code "
                            + "where s.person_id in (:ids) order by s.person_id, s.effective_on, s.id")
                    .param("ids", personIds)
                    .query(rs -> {
                        found.get(rs.getLong("person_id")).add(new SalaryStep(rs.getLong("id"), rs.getString("rank_code"),
                                rs.getString("rank_name"), rs.getInt("step"), rs.getBigDecimal("coefficient"),
                                rs.getInt("over_ceiling_percent"), rs.getBigDecimal("position_allowance"), date(rs, "effective_on"),
                                rs.getString("decision")));
                    });
        }
        return found;
    }

    long addSalary(long personId, SalaryStep s) {
        return insert("insert into salary_step (person_id, rank_code, step, coefficient, over_ceiling_percent, position_allowance, "
                        + "effective_on, decision) values (:p, :rank, :step, :coefficient, :overCeiling, :allowance, :on, :decision)",
                Map.of("p", personId, "rank", s.rankCode(), "step", s.step(), "coefficient", s.coefficient(),
                        "overCeiling", s.overCeilingPercent(), "allowance", s.positionAllowance(), "on", s.effectiveOn()),
                nullable("decision", s.decision()));
    }

    /** Deletes a row of one of the file's tables if it is the person's; false when there is none. */
    boolean delete(Table table, long personId, long id) {
        return jdbc.sql("delete from " + table.sqlName + " where id = :id and person_id = :p").param("id", id).param("p", personId)
                .update() == 1;
    }

    /** Deletes every row of one of the file's tables for the person (an import replacing that part). */
    void deleteAll(Table table, long personId) {
        jdbc.sql("delete from " + table.sqlName + " where person_id = :p").param("p", personId).update();
    }

    /** The tables whose rows a user may delete one by one. */
    enum Table {
        FAMILY("family_member"), WORK("work_history"), TRAINING("training_history"), SALARY("salary_step"), DOCUMENT("person_document");

        private final String sqlName;

        Table(String sqlName) {
            this.sqlName = sqlName;
        }
    }

    // ---- documents -----------------------------------------------------------------------------------

    long addDocument(long personId, DocumentKind kind, AttachedTo attachedTo, Long attachedId, String title, String fileName,
            String contentType, byte[] content, String sha256, String actor, LocalDateTime at) {
        return insert("insert into person_document (person_id, kind, attached_type, attached_id, title, file_name, content_type, "
                        + "size_bytes, sha256, content, uploaded_by, uploaded_at) values (:p, :kind, :type, :attached, :title, :file, "
                        + ":contentType, :size, :sha, :content, :actor, :at)",
                Map.of("p", personId, "kind", kind.name(), "type", attachedTo.name(), "title", title, "file", fileName,
                        "contentType", contentType, "size", (long) content.length, "sha", sha256, "content", content, "actor", actor),
                nullable("attached", attachedId, "at", Timestamp.valueOf(at)));
    }

    List<DocumentRow> documents(long personId) {
        return jdbc.sql("select id, kind, attached_type, attached_id, title, file_name, content_type, size_bytes, sha256, uploaded_by, "
                        + "uploaded_at from person_document where person_id = :p order by uploaded_at desc, id desc")
                .param("p", personId)
                .query((rs, n) -> {
                    long attached = rs.getLong("attached_id");
                    Long attachedId = rs.wasNull() ? null : attached;
                    return new DocumentRow(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")),
                            AttachedTo.valueOf(rs.getString("attached_type")), attachedId, rs.getString("title"),
                            rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                            rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toLocalDateTime());
                })
                .list();
    }

    /** A document's row as stored, before the record's labels are attached. */
    record DocumentRow(long id, DocumentKind kind, AttachedTo attachedTo, Long attachedId, String title, String fileName, String contentType,
            long sizeBytes, String sha256, String uploadedBy, LocalDateTime uploadedAt) {
    }

    Optional<byte[]> content(long personId, long documentId) {
        return jdbc.sql("select content from person_document where id = :id and person_id = :p").param("id", documentId)
                .param("p", personId).query((rs, n) -> rs.getBytes("content")).optional();
    }

    /** The latest portrait photo of each person, for the printed 2C. */
    Map<Long, byte[]> photos(Collection<Long> personIds) {
        Map<Long, byte[]> found = new HashMap<>();
        if (!personIds.isEmpty()) {
            jdbc.sql("select person_id, content from person_document where kind = 'ANH_THE' and person_id in (:ids) "
                            + "order by person_id, uploaded_at, id")
                    .param("ids", personIds)
                    .query(rs -> {
                        found.put(rs.getLong("person_id"), rs.getBytes("content"));
                    });
        }
        return found;
    }

    // ---- batch -------------------------------------------------------------------------------------------

    int loadAll(List<PersonnelFiles.FileContent> contents) {
        Map<String, Long> ids = new HashMap<>();
        List<String> codes = contents.stream().map(PersonnelFiles.FileContent::personCode).toList();
        for (int from = 0; from < codes.size(); from += 1000) {
            jdbc.sql("select id, code from person where code in (:codes)").param("codes", codes.subList(from, Math.min(codes.size(), from + 1000)))
                    .query(rs -> {
                        ids.put(rs.getString("code"), rs.getLong("id"));
                    });
        }
        List<Map<String, Object>> profiles = new ArrayList<>();
        List<Map<String, Object>> family = new ArrayList<>();
        List<Map<String, Object>> work = new ArrayList<>();
        List<Map<String, Object>> training = new ArrayList<>();
        List<Map<String, Object>> salary = new ArrayList<>();
        int written = 0;
        for (PersonnelFiles.FileContent c : contents) {
            Long id = ids.get(c.personCode());
            if (id == null) {
                continue;
            }
            written++;
            Map<String, Object> profile = profileParams(c.profile());
            profile.put("p", id);
            profiles.add(profile);
            for (FamilyMember m : c.family()) {
                family.add(nullable("p", id, "relation", m.relation().name(), "name", m.fullName(), "year", m.birthYear(),
                        "homeTown", m.homeTown(), "occupation", m.occupation(), "workplace", m.workplace()));
            }
            for (WorkEntry w : c.work()) {
                work.add(nullable("p", id, "from", w.fromOn(), "to", w.toOn(), "post", w.post(), "place", w.place()));
            }
            for (TrainingEntry t : c.training()) {
                training.add(nullable("p", id, "school", t.school(), "field", t.field(), "from", t.fromOn(), "to", t.toOn(),
                        "mode", t.mode().name(), "diploma", t.diploma(), "q", t.qualificationId()));
            }
            for (SalaryStep s : c.salary()) {
                salary.add(nullable("p", id, "rank", s.rankCode(), "step", s.step(), "coefficient", s.coefficient(),
                        "overCeiling", s.overCeilingPercent(), "allowance", s.positionAllowance(), "on", s.effectiveOn(),
                        "decision", s.decision()));
            }
        }
        batch.batchUpdate("insert into person_profile (person_id, " + PROFILE_COLUMNS + ", version) values (:p, :otherNames, :birthPlace, "
                + ":homeTown, :permanentResidence, :currentResidence, :religion, :heightCm, :weightKg, :bloodGroup, :healthStatus, "
                + ":socialInsuranceNo, :recruitedOn, :recruitedBy, :occupationBefore, :partyOfficialOn, :partyPosts, "
                + ":massOrganisations, :armyEnlistedOn, :armyDischargedOn, :armyRank, :honours, :strengths, 1)", batchOf(profiles));
        batch.batchUpdate("insert into family_member (person_id, relation, full_name, birth_year, home_town, occupation, workplace) "
                + "values (:p, :relation, :name, :year, :homeTown, :occupation, :workplace)", batchOf(family));
        batch.batchUpdate("insert into work_history (person_id, from_on, to_on, post, place) values (:p, :from, :to, :post, :place)",
                batchOf(work));
        batch.batchUpdate("insert into training_history (person_id, school, field, from_on, to_on, mode, diploma, qualification_id) "
                + "values (:p, :school, :field, :from, :to, :mode, :diploma, :q)", batchOf(training));
        batch.batchUpdate("insert into salary_step (person_id, rank_code, step, coefficient, over_ceiling_percent, position_allowance, "
                + "effective_on, decision) values (:p, :rank, :step, :coefficient, :overCeiling, :allowance, :on, :decision)", batchOf(salary));
        return written;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object>[] batchOf(List<Map<String, Object>> rows) {
        return rows.toArray(new Map[0]);
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private long insert(String sql, Map<String, Object> params, Map<String, Object> nullableParams) {
        Map<String, Object> all = new HashMap<>(params);
        all.putAll(nullableParams);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(all).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Named parameters that may be null (Map.of refuses nulls). */
    private static Map<String, Object> nullable(Object... namesAndValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return params;
    }

    private static <T> Map<Long, List<T>> grouped(Collection<Long> personIds) {
        Map<Long, List<T>> found = new LinkedHashMap<>();
        personIds.forEach(id -> found.put(id, new ArrayList<>()));
        return found;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
