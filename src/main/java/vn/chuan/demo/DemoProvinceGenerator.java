package vn.chuan.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import vn.chuan.demo.DemoProvince.DemoPerson;
import vn.chuan.demo.DemoProvince.DemoPost;
import vn.chuan.demo.DemoProvince.DemoQualification;
import vn.chuan.demo.DemoProvince.DemoUnit;
import vn.chuan.shared.AssignmentReason;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.PostKind;
import vn.chuan.shared.RetirementAge;
import vn.chuan.shared.StaffCategory;
import vn.chuan.units.CommuneType;
import vn.chuan.units.UnitLevel;

/**
 * Generates "Tỉnh Mẫu", a fictional province whose distributions resemble the seed articles:
 * most commune civil servants with a university degree, about two thirds of cadres with
 * intermediate political theory, a minority of women and of ethnic minorities, some people below
 * the levels their title needs. Deterministic for a given seed.
 */
public final class DemoProvinceGenerator {

    public static final LocalDate UNITS_FROM = LocalDate.of(2004, 1, 1);
    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /** Part-time commune posts ended on 1/8/2025 (CV 03/CV-BCĐ §2.6). */
    public static final LocalDate PART_TIME_END = LocalDate.of(2025, 7, 31);
    public static final String PROVINCE_CODE = "99";

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ",
            "Ngô", "Dương", "Lý", "Ma", "Nông", "Lục", "Hà", "Triệu", "Lương", "Đinh"};
    static final String[] MALE_MIDDLE = {"Văn", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Ngọc", "Xuân", "Đình", "Văn"};
    static final String[] FEMALE_MIDDLE = {"Thị", "Thu", "Ngọc", "Thanh", "Kim", "Thị", "Minh", "Hồng"};
    static final String[] MALE_GIVEN = {"Tuấn", "Hùng", "Dũng", "Đông", "Nam", "Bình", "Hải", "Long", "Sơn",
            "Quân", "Cường", "Thắng", "Toàn", "Việt", "Khánh", "Trung", "Phong", "Đạt", "Huy", "Tiến"};
    static final String[] FEMALE_GIVEN = {"Lan", "Hương", "Hà", "Mai", "Thảo", "Trang", "Linh", "Phương",
            "Hạnh", "Nga", "Yến", "Hoa", "Ngọc", "Thủy", "Huyền", "Đào"};
    static final String[] PLACES = {"Đông Sơn", "Tây Sơn", "Bằng Phúc", "Nghĩa Tá", "Yên Mỹ", "Lương Bằng",
            "Quảng Bạch", "Bình Trung", "Đại Sảo", "Phong Huân", "Xuân Lạc", "Tân Lập", "Hòa Bình", "Thanh Vận",
            "Đồng Lạc", "Nam Cường", "Bản Thi", "Ngọc Phái", "Yên Thịnh", "Đông Viên", "Phương Viên", "Quang Trung",
            "Minh Khai", "Hồng Phong", "Kim Đồng", "Sông Cầu", "Đức Xuân", "Phùng Chí Kiên", "Huyền Tụng", "Dương Quang",
            "Nông Thượng", "Xuất Hóa", "Thượng Quan", "Văn Tùng", "Cốc Đán", "Thuần Mang", "Hiệp Lực", "Thượng Ân",
            "Bằng Vân", "Cổ Linh", "Cao Tân", "Công Bằng", "Nhạn Môn", "Giáo Hiệu", "Bộc Bố", "An Thắng", "Nghiên Loan",
            "Xuân La", "Cao Sơn", "Vũ Muộn", "Sĩ Bình", "Cẩm Giàng", "Quân Hà", "Lục Bình", "Mỹ Thanh", "Tân Tiến",
            "Vi Hương", "Đôn Phong", "Dương Phong", "Quang Thuận", "Nguyên Phúc", "Hà Vị", "Tú Trĩ", "Cao Kỳ", "Hòa Mục",
            "Thanh Thịnh", "Nông Hạ", "Thanh Mai", "Mai Lạp", "Như Cố", "Quảng Chu", "Yên Đĩnh", "Yên Cư", "Bình Văn",
            "Đồng Thắng", "Yên Hân", "Lạng San", "Lương Thượng", "Văn Lang", "Kim Hỷ", "Ân Tình", "Côn Minh", "Cường Lợi",
            "Hảo Nghĩa", "Lam Sơn", "Liêm Thủy", "Hữu Thác", "Văn Minh", "Lương Hạ", "Trần Phú", "Nguyễn Trãi",
            "Hùng Vương", "Sông Hiến", "Đề Thám", "Tân Giang", "Hòa Chung", "Duyệt Trung", "Vĩnh Quang", "Chu Trinh",
            "Hưng Đạo", "Bế Triều", "Ngũ Lão", "Hoàng Tung", "Bạch Đằng", "Lê Chung", "Dân Chủ", "Nam Tuấn", "Đức Long"};
    private static final String[] DISTRICTS = {"Thành phố Mẫu Sơn", "Huyện Chợ Mới", "Huyện Na Rì", "Huyện Ba Bể",
            "Huyện Bạch Thông", "Huyện Ngân Sơn", "Huyện Pác Nặm", "Huyện Chợ Rã", "Huyện Bảo Lạc", "Huyện Hà Quảng"};
    private static final String[] MINORITIES = {"Tày", "Nùng", "Dao", "H'Mông", "Sán Chay", "Hoa", "Mường", "Thái"};
    private static final String[] FIELDS_CC = {"Luật", "Kế toán", "Quản lý đất đai", "Hành chính học", "Văn hóa học",
            "Công tác xã hội", "Quản trị văn phòng", "Tài chính - ngân hàng", "Kinh tế nông nghiệp", "Xây dựng dân dụng"};
    static final String[] SCHOOLS = {"Trường Đại học Luật Hà Nội", "Học viện Hành chính Quốc gia",
            "Trường Đại học Nông Lâm Thái Nguyên", "Trường Đại học Kinh tế và Quản trị kinh doanh", "Trường Cao đẳng Mẫu Sơn",
            "Trường Chính trị tỉnh Mẫu", "Trường Trung cấp Kinh tế - Kỹ thuật tỉnh Mẫu"};

    /** The commune's leaders (Party committee, council, People's Committee): upper secondary schooling, as their standard asks. */
    private static final Set<String> LEADERS = Set.of("BI_THU_DU", "PHO_BI_THU_DU", "CT_HDND", "PCT_HDND", "CT_UBND", "PCT_UBND");

    /** The cadres' titles of NĐ 33/2023, then the civil servants', then part-time posts, per commune. */
    private static final List<String> COMMUNE_POSTS = List.of(
            "BI_THU_DU", "PHO_BI_THU_DU", "CT_HDND", "PCT_HDND", "CT_UBND", "PCT_UBND", "CT_MTTQ", "BI_THU_DOAN",
            "CT_HLHPN", "CT_HND", "CT_HCCB",
            "CHT_QS", "VP_TK", "DC_XD", "TC_KT", "TP_HT", "VH_XH", "VP_TK", "DC_XD", "TP_HT", "VH_XH",
            "KCT_PHO_CHT_QS", "KCT_VAN_THU", "KCT_PHO_CT_MTTQ", "KCT_KHAC", "KCT_KHAC");

    private final SplittableRandom random;
    private final LocalDate today;
    private int personSequence;
    /** Merged communes whose People's Council already has its chair (the Party secretary, kiêm nhiệm). */
    private final Set<Integer> councilChaired = new HashSet<>();

    public DemoProvinceGenerator(long seed, LocalDate today) {
        this.random = new SplittableRandom(seed);
        this.today = today;
    }

    /** A province with about {@code activePeople} holding a post on {@code today}. */
    public DemoProvince generate(int activePeople) {
        int postsPerCommune = COMMUNE_POSTS.size();
        // After the reform part-time posts are gone, and merged communes employ the former staff of three.
        int activePerOldCommune = 21;
        int oldCommunes = Math.max(6, Math.round(activePeople / (float) activePerOldCommune));
        int districts = Math.max(1, Math.min(DISTRICTS.length, oldCommunes / 14 + 1));
        if (oldCommunes > 300) {
            districts = oldCommunes / 15;
        }
        List<DemoUnit> units = new ArrayList<>();
        units.add(new DemoUnit(0, PROVINCE_CODE, "Tỉnh Mẫu", UnitLevel.PROVINCE, null, null, UNITS_FROM, null, List.of(), false));
        List<Integer> districtKeys = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            String name = d < DISTRICTS.length ? DISTRICTS[d] : "Huyện Mẫu " + (d + 1);
            int key = units.size();
            units.add(new DemoUnit(key, String.format("%03d", 900 + d % 100) + (d >= 100 ? String.valueOf(d / 100) : ""),
                    name, UnitLevel.DISTRICT, null, 0, UNITS_FROM, REFORM.minusDays(1), List.of(), false));
            districtKeys.add(key);
        }
        // Old communes, spread over the districts; the first district is a city of wards.
        List<List<Integer>> communesByDistrict = new ArrayList<>();
        districtKeys.forEach(k -> communesByDistrict.add(new ArrayList<>()));
        for (int c = 0; c < oldCommunes; c++) {
            int district = c % districts;
            List<Integer> siblings = communesByDistrict.get(district);
            boolean city = district == 0 && districts > 1;
            CommuneType type = city ? CommuneType.PHUONG : siblings.isEmpty() ? CommuneType.THI_TRAN : CommuneType.XA;
            String place = placeName(c);
            boolean difficult = !city && district >= districts / 2 && random.nextInt(100) < 60;
            int key = units.size();
            units.add(new DemoUnit(key, String.format("%05d", 90000 + c), type.label() + " " + place, UnitLevel.COMMUNE,
                    type, districtKeys.get(district), UNITS_FROM, REFORM.minusDays(1), List.of(), difficult));
            siblings.add(key);
        }
        // 1/7/2025: communes of a district merge by three (or two at the end) and sit under the province.
        List<Integer> successorOf = new ArrayList<>();
        units.forEach(u -> successorOf.add(null));
        for (List<Integer> members : communesByDistrict) {
            List<List<Integer>> groups = new ArrayList<>();
            for (int i = 0; i < members.size(); i += 3) {
                groups.add(new ArrayList<>(members.subList(i, Math.min(members.size(), i + 3))));
            }
            if (groups.size() > 1 && groups.get(groups.size() - 1).size() == 1) {
                groups.get(groups.size() - 2).addAll(groups.remove(groups.size() - 1));
            }
            for (List<Integer> group : groups) {
                DemoUnit seat = units.get(group.get(0));
                boolean urban = group.stream().anyMatch(k -> units.get(k).type() == CommuneType.PHUONG);
                CommuneType type = urban ? CommuneType.PHUONG : CommuneType.XA;
                boolean difficult = group.stream().allMatch(k -> units.get(k).difficultArea());
                int key = units.size();
                // QĐ 124/2004: the merged unit keeps the code of the unit where the committee sits.
                String place = seat.name().replaceFirst("^(Xã|Phường|Thị trấn) ", "");
                units.add(new DemoUnit(key, seat.code(), type.label() + " " + place, UnitLevel.COMMUNE, type, 0, REFORM,
                        null, List.copyOf(group), difficult));
                successorOf.add(null);
                for (int member : group) {
                    successorOf.set(member, key);
                }
            }
        }
        // Slot by slot across all communes, so that every commune is staffed alike.
        List<Integer> allCommunes = communesByDistrict.stream().flatMap(List::stream).toList();
        List<DemoPerson> people = new ArrayList<>();
        int active = 0;
        for (int pass = 0; active < activePeople && pass < 10; pass++) {
            for (int slot = 0; slot < postsPerCommune && active < activePeople; slot++) {
                for (int i = 0; i < allCommunes.size() && active < activePeople; i++) {
                    int communeKey = allCommunes.get(i);
                    DemoPerson person = person(units, communeKey, successorOf.get(communeKey), slot, units.get(communeKey));
                    people.add(person);
                    if (person.postOn(today) != null) {
                        active++;
                    }
                }
            }
        }
        return new DemoProvince(List.copyOf(units), List.copyOf(people), today);
    }

    private String placeName(int index) {
        if (index < PLACES.length) {
            return PLACES[index];
        }
        return PLACES[index % PLACES.length] + " " + (index / PLACES.length + 1);
    }

    private DemoPerson person(List<DemoUnit> units, int communeKey, Integer mergedKey, int slot, DemoUnit commune) {
        String titleCode = COMMUNE_POSTS.get(slot);
        PositionTitle title = PositionTitle.byCode(titleCode);
        StaffCategory category = title.category();
        boolean female = titleCode.equals("CT_HLHPN") || random.nextInt(100) < (category == StaffCategory.CC ? 38 : 22);
        if (titleCode.equals("CT_HCCB") || titleCode.equals("CHT_QS")) {
            female = false;
        }
        Gender gender = female ? Gender.NU : Gender.NAM;
        boolean minority = random.nextInt(100) < (commune.difficultArea() ? 55 : 18);
        String ethnicity = minority ? MINORITIES[random.nextInt(MINORITIES.length)] : "Kinh";
        int birthYear = titleCode.equals("BI_THU_DOAN") ? 1988 + random.nextInt(12) : 1963 + random.nextInt(36);
        LocalDate birth = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String name = name(gender);
        String code = "TM" + String.format("%06d", ++personSequence);
        String citizenId = random.nextInt(100) < 8 ? null : citizenId(birth, gender);
        boolean party = category == StaffCategory.CB || random.nextInt(100) < (category == StaffCategory.CC ? 72 : 40);

        LocalDate start = max(UNITS_FROM.plusDays(random.nextInt(365 * 4)), birth.plusYears(21 + random.nextInt(8)));
        if (start.isAfter(today.minusMonths(2))) {
            start = today.minusMonths(2 + random.nextInt(12));
        }
        LocalDate partyOn = party ? max(birth.plusYears(19 + random.nextInt(10)), birth.plusYears(18)) : null;
        if (partyOn != null && partyOn.isAfter(today)) {
            partyOn = today.minusYears(1);
        }
        List<DemoPost> posts = new ArrayList<>();
        AssignmentReason startReason = category == StaffCategory.CB ? AssignmentReason.BAU_CU : AssignmentReason.TUYEN_DUNG;
        LocalDate retire = RetirementAge.lastDayOfService(birth, gender);
        LocalDate leave = random.nextInt(100) < 4 ? start.plusYears(2 + random.nextInt(10)) : null;
        LocalDate end = min(retire, leave);
        AssignmentReason endReason = end == null ? null : end.equals(retire) ? AssignmentReason.NGHI_HUU : AssignmentReason.THOI_VIEC;
        if (category == StaffCategory.KCT) {
            LocalDate partTimeEnd = PART_TIME_END;
            if (end == null || end.isAfter(partTimeEnd)) {
                end = partTimeEnd;
                endReason = AssignmentReason.THOI_VIEC;
            }
        }
        if (end != null && !end.isAfter(start)) {
            start = max(UNITS_FROM, end.minusYears(3));
        }
        if (end != null && end.isAfter(today)) {
            // Nobody records a retirement that has not happened yet.
            end = null;
            endReason = null;
        }
        if (end == null || end.isAfter(REFORM.minusDays(1))) {
            if (category == StaffCategory.KCT || mergedKey == null) {
                posts.add(new DemoPost(communeKey, category, titleCode, start, end, startReason, endReason));
            } else {
                // The reform: everyone moves to the merged commune; the seat commune's cadres keep their posts.
                boolean seat = units.get(mergedKey).mergedFrom().get(0) == communeKey;
                StaffCategory newCategory = category;
                String newTitle = titleCode;
                if (category == StaffCategory.CC) {
                    newTitle = titleCode.equals("VP_TK") && seat ? "CHANH_VP_XA" : "CHUYEN_VIEN_XA";
                } else if (!seat) {
                    newCategory = StaffCategory.CC;
                    newTitle = random.nextInt(3) == 0 ? "TRUONG_PHONG_XA" : "PHO_TRUONG_PHONG_XA";
                } else if (titleCode.equals("CT_HDND")) {
                    // In the two-tier communes the Party secretary chairs the People's Council (kiêm nhiệm).
                    newTitle = "PCT_HDND";
                }
                LocalDate oldStart = start.isBefore(REFORM) ? start : REFORM.minusYears(1);
                posts.add(new DemoPost(communeKey, category, titleCode, oldStart, REFORM.minusDays(1), startReason,
                        AssignmentReason.SAP_XEP));
                posts.add(new DemoPost(mergedKey, newCategory, newTitle, REFORM, end, AssignmentReason.SAP_XEP, endReason));
                if (seat && titleCode.equals("BI_THU_DU") && councilChaired.add(mergedKey)) {
                    posts.add(new DemoPost(mergedKey, StaffCategory.CB, "CT_HDND", REFORM, end, AssignmentReason.BAU_CU, endReason,
                            PostKind.KIEM_NHIEM));
                }
            }
        } else {
            posts.add(new DemoPost(communeKey, category, titleCode, start, end, startReason, endReason));
        }
        List<DemoQualification> qualifications = qualifications(birth, category, titleCode, commune.difficultArea(), start, minority);
        return new DemoPerson(code, name, birth, gender, ethnicity, citizenId, party, partyOn, List.copyOf(posts), qualifications);
    }

    private List<DemoQualification> qualifications(LocalDate birth, StaffCategory category, String titleCode,
            boolean difficult, LocalDate start, boolean minority) {
        List<DemoQualification> list = new ArrayList<>();
        LocalDate adult = birth.plusYears(18);
        boolean lowerSecondary = random.nextInt(100) < (difficult ? 10 : 3);
        LocalDate schoolEnd = birth.plusYears(random.nextInt(100) < 50 ? 15 : 18);
        // Professional level today, and for many an earlier lower diploma (in-service degrees came later).
        int roll = random.nextInt(1000);
        String professional;
        if (category == StaffCategory.CC) {
            professional = roll < 25 ? "THAC_SI" : roll < 850 ? "DAI_HOC" : roll < 900 ? "CAO_DANG" : roll < 985 ? "TRUNG_CAP" : "SO_CAP";
        } else if (category == StaffCategory.CB) {
            professional = roll < 10 ? "THAC_SI" : roll < 760 ? "DAI_HOC" : roll < 800 ? "CAO_DANG" : roll < 950 ? "TRUNG_CAP"
                    : roll < 980 ? "SO_CAP" : "CHUA_DAO_TAO";
        } else {
            professional = roll < 300 ? "DAI_HOC" : roll < 420 ? "CAO_DANG" : roll < 750 ? "TRUNG_CAP" : roll < 850 ? "SO_CAP" : "CHUA_DAO_TAO";
        }
        // Lower secondary schooling only for those without a college degree and not leading the commune: a university
        // admits upper-secondary graduates, and the leaders' standard asks for it.
        boolean credible = lowerSecondary && Dimension.PROFESSIONAL.level(professional).rank() <= 2 && !LEADERS.contains(titleCode);
        list.add(0, q(Dimension.GENERAL_EDUCATION, credible ? "THCS" : "THPT", null, null, credible ? schoolEnd : birth.plusYears(18)));
        String field = titleCode.equals("CHT_QS") ? "Quân sự cơ sở" : FIELDS_CC[random.nextInt(FIELDS_CC.length)];
        if (!professional.equals("CHUA_DAO_TAO")) {
            int rank = Dimension.PROFESSIONAL.level(professional).rank();
            boolean upgraded = rank >= 4 && random.nextInt(100) < 45;
            if (upgraded) {
                list.add(q(Dimension.PROFESSIONAL, "TRUNG_CAP", field, SCHOOLS[6], adult.plusYears(2)));
                list.add(q(Dimension.PROFESSIONAL, professional, field, school(rank, random.nextInt(4)),
                        between(max(start, adult.plusYears(6)), today.minusMonths(1))));
            } else {
                list.add(q(Dimension.PROFESSIONAL, professional, field, school(rank, random.nextInt(SCHOOLS.length)),
                        adult.plusYears(rank >= 5 ? 6 : rank == 4 ? 4 : 2)));
            }
        }
        int llct = random.nextInt(1000);
        String theory;
        if (category == StaffCategory.CB) {
            theory = llct < 40 ? "CAO_CAP" : llct < 730 ? "TRUNG_CAP" : llct < 930 ? "SO_CAP" : "CHUA_CO";
        } else if (category == StaffCategory.CC) {
            theory = llct < 10 ? "CAO_CAP" : llct < 640 ? "TRUNG_CAP" : llct < 850 ? "SO_CAP" : "CHUA_CO";
        } else {
            theory = llct < 200 ? "TRUNG_CAP" : llct < 600 ? "SO_CAP" : "CHUA_CO";
        }
        if (!theory.equals("CHUA_CO")) {
            if (!theory.equals("SO_CAP") && random.nextBoolean()) {
                list.add(q(Dimension.POLITICAL_THEORY, "SO_CAP", null, SCHOOLS[5], between(start, start.plusYears(2))));
            }
            list.add(q(Dimension.POLITICAL_THEORY, theory, null, SCHOOLS[5], between(start.plusYears(1), today.minusMonths(2))));
        }
        int qlnn = random.nextInt(1000);
        if (category != StaffCategory.KCT && qlnn < 560) {
            list.add(q(Dimension.STATE_MANAGEMENT, qlnn < 6 ? "CHUYEN_VIEN_CHINH" : "CHUYEN_VIEN", null,
                    "Học viện Hành chính Quốc gia", between(start, today.minusMonths(3))));
        }
        int it = random.nextInt(100);
        if (it < 82) {
            list.add(q(Dimension.IT, it < 6 ? "NANG_CAO" : "CO_BAN", null, null, between(adult.plusYears(2), today.minusMonths(1))));
        }
        int lang = random.nextInt(100);
        if (lang < 64) {
            list.add(q(Dimension.FOREIGN_LANGUAGE, lang < 8 ? "B2" : lang < 35 ? "B1" : "A2", "Tiếng Anh", null,
                    between(adult.plusYears(2), today.minusMonths(1))));
        }
        if ((difficult || minority) && random.nextInt(100) < 25) {
            list.add(q(Dimension.ETHNIC_LANGUAGE, "CO_CHUNG_CHI", minority ? null : "Tiếng Tày", null,
                    between(start, today.minusMonths(1))));
        }
        int defence = random.nextInt(100);
        if (defence < 70) {
            String level = category == StaffCategory.CB && defence < 25 ? "DOI_TUONG_3" : "DOI_TUONG_4";
            list.add(q(Dimension.DEFENCE_SECURITY, level, null, null, between(start, today.minusMonths(1))));
        }
        return List.copyOf(list);
    }

    /** A school that awards the level: a university or academy for a degree, the college, the vocational school below. */
    private static String school(int rank, int drawn) {
        if (rank >= 4) {
            return SCHOOLS[drawn % 4];
        }
        return rank == 3 ? SCHOOLS[4] : SCHOOLS[6];
    }

    private DemoQualification q(Dimension dimension, String level, String field, String institution, LocalDate on) {
        return new DemoQualification(dimension, dimension.level(level), field, institution, min(on, today.minusDays(1)));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return from;
        }
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(random.nextLong(days + 1));
    }

    private String name(Gender gender) {
        String family = FAMILY[random.nextInt(FAMILY.length)];
        if (gender == Gender.NAM) {
            return family + " " + MALE_MIDDLE[random.nextInt(MALE_MIDDLE.length)] + " " + MALE_GIVEN[random.nextInt(MALE_GIVEN.length)];
        }
        return family + " " + FEMALE_MIDDLE[random.nextInt(FEMALE_MIDDLE.length)] + " " + FEMALE_GIVEN[random.nextInt(FEMALE_GIVEN.length)];
    }

    private String citizenId(LocalDate birth, Gender gender) {
        // 3 digits of the birth province, century and gender, 2 of the birth year, 6 at random.
        int centuryGender = (birth.getYear() >= 2000 ? 2 : 0) + (gender == Gender.NU ? 1 : 0);
        return "099" + centuryGender + String.format("%02d", birth.getYear() % 100)
                + String.format("%06d", random.nextInt(1_000_000));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isBefore(b) ? a : b;
    }
}
