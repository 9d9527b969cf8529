package vn.chuan.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import vn.chuan.demo.DemoProvince.DemoPerson;
import vn.chuan.demo.DemoProvince.DemoPost;
import vn.chuan.demo.DemoProvince.DemoQualification;
import vn.chuan.dossier.FamilyMember;
import vn.chuan.dossier.FamilyRelation;
import vn.chuan.dossier.PersonnelFiles;
import vn.chuan.dossier.Profile;
import vn.chuan.dossier.SalaryRank;
import vn.chuan.dossier.SalaryStep;
import vn.chuan.dossier.TrainingEntry;
import vn.chuan.dossier.TrainingMode;
import vn.chuan.dossier.WorkEntry;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Gender;

/**
 * The rest of the demo persons' 2C: birthplace and home town in the province, family on both
 * sides, the work before their first post, the courses behind their levels, and a salary history
 * that rises one step per raise interval from recruitment, as it would in a real file.
 */
final class DemoDossiers {

    private static final String[] RELIGIONS = {"Không", "Không", "Không", "Không", "Không", "Không", "Phật giáo", "Công giáo"};
    private static final String[] BLOOD = {"O", "O", "A", "B", "AB"};
    private static final String[] BEFORE = {"Sinh viên", "Học sinh", "Nông dân", "Giáo viên hợp đồng", "Nhân viên hợp đồng"};
    private static final String[] STRENGTHS = {"Công tác tổ chức, cán bộ", "Công tác tuyên giáo, dân vận", "Quản lý kinh tế",
            "Tư pháp, hộ tịch", "Quản lý đất đai, xây dựng", "Văn hóa, xã hội", "Tài chính, kế toán", "Công tác thanh niên"};
    private static final String[] OCCUPATIONS = {"Làm ruộng", "Giáo viên", "Buôn bán", "Công nhân", "Nghỉ hưu", "Y sĩ", "Làm nương"};
    private static final String[] ARMY_RANKS = {"Hạ sĩ", "Trung sĩ", "Thượng sĩ", "Thiếu úy"};

    private DemoDossiers() {
    }

    /** The files of these people of the province (each person's the same whatever the others asked with it). */
    static List<PersonnelFiles.FileContent> of(List<DemoPerson> people, DemoProvince province, List<SalaryRank> ranks, long seed) {
        List<PersonnelFiles.FileContent> files = new ArrayList<>();
        for (DemoPerson p : people) {
            files.add(of(p, province, ranks, new SplittableRandom(seed ^ p.code().hashCode())));
        }
        return files;
    }

    private static PersonnelFiles.FileContent of(DemoPerson p, DemoProvince province, List<SalaryRank> ranks, SplittableRandom r) {
        LocalDate today = province.today();
        DemoPost first = p.posts().get(0);
        String province1 = "tỉnh Mẫu";
        String homeCommune = "xã " + pick(r, DemoProvinceGenerator.PLACES) + ", " + province1;
        String unitName = province.unit(first.unitKey()).name();
        DemoPost now = p.postOn(today);
        String living = "thôn " + (1 + r.nextInt(12)) + ", " + (now == null ? unitName : province.unit(now.unitKey()).name()) + ", " + province1;
        LocalDate recruited = first.startedOn();
        boolean man = p.gender() == Gender.NAM;
        boolean army = man && r.nextInt(5) == 0;
        LocalDate enlisted = army ? p.birthDate().plusYears(18 + r.nextInt(3)).withDayOfMonth(1) : null;
        LocalDate discharged = army ? enlisted.plusMonths(24 + r.nextInt(12)) : null;
        if (army && !discharged.isBefore(recruited)) {
            army = false;
            enlisted = null;
            discharged = null;
        }
        String partyPosts = p.partyMember() && first.titleCode().startsWith("BI_THU") ? "Bí thư Đảng ủy"
                : p.partyMember() && r.nextInt(4) == 0 ? "Bí thư chi bộ" : null;
        Profile profile = new Profile(r.nextInt(12) == 0 ? p.fullName().substring(p.fullName().lastIndexOf(' ') + 1) + " (tên gọi ở nhà)" : null,
                homeCommune, r.nextInt(4) == 0 ? "xã " + pick(r, DemoProvinceGenerator.PLACES) + ", " + province1 : homeCommune, living, living,
                pick(r, RELIGIONS), man ? 158 + r.nextInt(18) : 150 + r.nextInt(14), man ? 52 + r.nextInt(20) : 44 + r.nextInt(16),
                pick(r, BLOOD), r.nextInt(6) == 0 ? "Khá" : "Tốt", socialInsurance(r), recruited, "Ủy ban nhân dân " + unitName,
                pick(r, BEFORE), p.partyMember() && p.partyJoinedOn() != null ? p.partyJoinedOn().plusYears(1) : null, partyPosts,
                man ? "Đoàn TNCS Hồ Chí Minh; Công đoàn Việt Nam" : "Đoàn TNCS Hồ Chí Minh; Hội Liên hiệp Phụ nữ Việt Nam",
                enlisted, discharged, army ? pick(r, ARMY_RANKS) : null, null, pick(r, STRENGTHS), 1);
        return new PersonnelFiles.FileContent(p.code(), profile, family(p, r, homeCommune, today), work(p, r, recruited),
                training(p, r), salary(p, ranks, r, today));
    }

    private static List<FamilyMember> family(DemoPerson p, SplittableRandom r, String homeTown, LocalDate today) {
        List<FamilyMember> family = new ArrayList<>();
        String surname = p.fullName().substring(0, p.fullName().indexOf(' '));
        int born = p.birthDate().getYear();
        family.add(new FamilyMember(0, FamilyRelation.BO, surname + " " + male(r), born - 24 - r.nextInt(10), homeTown, pick(r, OCCUPATIONS),
                homeTown));
        family.add(new FamilyMember(0, FamilyRelation.ME, pick(r, DemoProvinceGenerator.FAMILY) + " " + female(r), born - 20 - r.nextInt(9),
                homeTown, pick(r, OCCUPATIONS), homeTown));
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            boolean brother = r.nextBoolean();
            family.add(new FamilyMember(0, FamilyRelation.ANH_CHI_EM, surname + " " + (brother ? male(r) : female(r)), born - 6 + r.nextInt(13),
                    homeTown, pick(r, OCCUPATIONS), homeTown));
        }
        if (p.birthDate().plusYears(25).isBefore(today) && r.nextInt(10) < 9) {
            boolean man = p.gender() == Gender.NAM;
            String spouseSurname = pick(r, DemoProvinceGenerator.FAMILY);
            String spouseHome = "xã " + pick(r, DemoProvinceGenerator.PLACES) + ", tỉnh Mẫu";
            family.add(new FamilyMember(0, FamilyRelation.VO_CHONG, spouseSurname + " " + (man ? female(r) : male(r)),
                    born + (man ? 1 + r.nextInt(5) : -1 - r.nextInt(5)), spouseHome, pick(r, OCCUPATIONS), spouseHome));
            String childSurname = man ? surname : spouseSurname;
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
                int year = born + 24 + 3 * i + r.nextInt(3);
                if (year < today.getYear()) {
                    family.add(new FamilyMember(0, FamilyRelation.CON, childSurname + " " + (r.nextBoolean() ? male(r) : female(r)), year,
                            homeTown, year > 2003 ? "Học sinh" : pick(r, OCCUPATIONS), homeTown));
                }
            }
            family.add(new FamilyMember(0, FamilyRelation.BO_VO_CHONG, spouseSurname + " " + male(r), born - 26 - r.nextInt(8), spouseHome,
                    pick(r, OCCUPATIONS), spouseHome));
            family.add(new FamilyMember(0, FamilyRelation.ME_VO_CHONG, pick(r, DemoProvinceGenerator.FAMILY) + " " + female(r),
                    born - 22 - r.nextInt(8), spouseHome, pick(r, OCCUPATIONS), spouseHome));
        }
        return family;
    }

    private static List<WorkEntry> work(DemoPerson p, SplittableRandom r, LocalDate recruited) {
        LocalDate from = recruited.minusMonths(12 + r.nextInt(36)).withDayOfMonth(1);
        if (r.nextInt(3) == 0 || from.isBefore(p.birthDate().plusYears(18))) {
            return List.of();
        }
        return List.of(new WorkEntry(0, from, recruited.minusDays(1), pick(r, BEFORE).equals("Giáo viên hợp đồng") ? "Giáo viên hợp đồng"
                : "Nhân viên hợp đồng", "Ủy ban nhân dân xã " + pick(r, DemoProvinceGenerator.PLACES)));
    }

    private static List<TrainingEntry> training(DemoPerson p, SplittableRandom r) {
        List<TrainingEntry> courses = new ArrayList<>();
        for (DemoQualification q : p.qualifications()) {
            if (q.dimension() == Dimension.PROFESSIONAL && q.level().rank() > 0) {
                int years = q.level().code().equals("DAI_HOC") ? 4 : q.level().code().equals("THAC_SI") ? 2 : 2;
                courses.add(new TrainingEntry(0, q.institution() == null ? pick(r, DemoProvinceGenerator.SCHOOLS) : q.institution(),
                        q.fieldOfStudy(), q.acquiredOn().minusYears(years).withDayOfMonth(1), q.acquiredOn(),
                        r.nextInt(3) == 0 ? TrainingMode.VUA_LAM_VUA_HOC : TrainingMode.CHINH_QUY, q.level().label(), null));
            } else if (q.dimension() == Dimension.POLITICAL_THEORY && q.level().rank() > 1) {
                courses.add(new TrainingEntry(0, "Trường Chính trị tỉnh Mẫu", "Lý luận chính trị", q.acquiredOn().minusMonths(12).withDayOfMonth(1),
                        q.acquiredOn(), TrainingMode.TAI_CHUC, q.level().label(), null));
            }
        }
        return courses;
    }

    /** One step per raise interval from recruitment, at the rank the highest professional level allows. */
    private static List<SalaryStep> salary(DemoPerson p, List<SalaryRank> ranks, SplittableRandom r, LocalDate today) {
        DemoQualification professional = p.highest(Dimension.PROFESSIONAL, today);
        String code = professional == null ? "01.005" : switch (professional.level().code()) {
            case "DAI_HOC", "THAC_SI", "TIEN_SI" -> "01.003";
            case "CAO_DANG", "TRUNG_CAP" -> "01.004";
            default -> "01.005";
        };
        SalaryRank rank = ranks.stream().filter(k -> k.code().equals(code)).findFirst().orElse(null);
        if (rank == null) {
            return List.of();
        }
        List<SalaryStep> steps = new ArrayList<>();
        LocalDate on = p.posts().get(0).startedOn().withDayOfMonth(1);
        LocalDate end = p.posts().get(p.posts().size() - 1).endedOn() == null ? today : p.posts().get(p.posts().size() - 1).endedOn();
        int step = 1;
        int overCeiling = 0;
        while (!on.isAfter(end)) {
            BigDecimal allowance = p.postOn(on) != null && p.postOn(on).titleCode().startsWith("CT_") ? new BigDecimal("0.20") : BigDecimal.ZERO;
            steps.add(new SalaryStep(0, rank.code(), rank.name(), step, rank.coefficient(step), overCeiling, allowance, on,
                    "QĐ " + (10 + r.nextInt(890)) + "/QĐ-UBND"));
            if (step < rank.steps()) {
                step++;
            } else {
                overCeiling = overCeiling == 0 ? 5 : overCeiling + 1;
            }
            on = on.plusMonths(step == rank.steps() && overCeiling > 0 ? 12 : rank.raiseMonths());
        }
        return steps;
    }

    private static String socialInsurance(SplittableRandom r) {
        return String.format("%02d%08d", 1 + r.nextInt(98), r.nextInt(100_000_000));
    }

    private static String male(SplittableRandom r) {
        return pick(r, DemoProvinceGenerator.MALE_MIDDLE) + " " + pick(r, DemoProvinceGenerator.MALE_GIVEN);
    }

    private static String female(SplittableRandom r) {
        return pick(r, DemoProvinceGenerator.FEMALE_MIDDLE) + " " + pick(r, DemoProvinceGenerator.FEMALE_GIVEN);
    }

    private static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
