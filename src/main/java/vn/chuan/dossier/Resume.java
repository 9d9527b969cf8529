package vn.chuan.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.chuan.evaluation.Conduct;
import vn.chuan.people.Assignment;
import vn.chuan.people.PersonRecord;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Dimension;
import vn.chuan.shared.Messages;

/**
 * The 2C résumé (Mẫu 2C-BNV/2008) of one person as printed: the header, the numbered items and the
 * tables, in the form's order. Built once from a personnel file, then set as PDF or Word; what a
 * role may not see is printed as not shown, never left out silently.
 */
record Resume(String agency, String unit, String code, String fullName, byte[] photo, List<Item> items, List<Table> tables,
        LocalDate printedOn) {

    /** A numbered line: "4) Nơi sinh: …". */
    record Item(String number, String label, String value) {
    }

    /** A numbered table: its title, column headers and rows (an empty table prints one line saying so). */
    record Table(String number, String title, List<String> headers, float[] widths, List<List<String>> rows) {
    }

    /** The number of the last section, the agency's assessment, left for the agency to write. */
    static final String ASSESSMENT_NUMBER = "30";

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/uuuu");

    static Resume of(PersonnelFile file, String agency, byte[] photo, LocalDate on) {
        PersonRecord p = file.person();
        Profile f = file.profile();
        boolean shown = file.sensitiveShown();
        String hidden = Messages.text("dossier.print.hidden");
        Optional<Assignment> post = p.assignmentOn(on);
        List<Item> items = new ArrayList<>();
        items.add(new Item("1", Messages.text("dossier.print.fullName"), p.fullName().toUpperCase(Locale.forLanguageTag("vi"))));
        items.add(new Item("2", ProfileField.OTHER_NAMES.label(), text(f.otherNames())));
        items.add(new Item("3", Messages.text("dossier.print.born"), Messages.text("dossier.print.bornValue", Dates.format(p.birthDate()),
                p.gender().label())));
        items.add(new Item("4", ProfileField.BIRTH_PLACE.label(), text(f.birthPlace())));
        items.add(new Item("5", ProfileField.HOME_TOWN.label(), text(f.homeTown())));
        items.add(new Item("6", Messages.text("person.ethnicity"), text(p.ethnicity())));
        items.add(new Item("7", ProfileField.RELIGION.label(), shown ? text(f.religion()) : hidden));
        items.add(new Item("8", ProfileField.PERMANENT_RESIDENCE.label(), text(f.permanentResidence())));
        items.add(new Item("9", ProfileField.CURRENT_RESIDENCE.label(), text(f.currentResidence())));
        items.add(new Item("10", ProfileField.OCCUPATION_BEFORE.label(), text(f.occupationBefore())));
        items.add(new Item("11", Messages.text("dossier.print.recruited"), join(Dates.format(f.recruitedOn()), f.recruitedBy())));
        List<String> posts = new ArrayList<>();
        p.postsOn(on).forEach(a -> posts.add(a.titleName() + (a.isPrincipal() ? "" : " (" + a.kind().label().toLowerCase() + ")")));
        // The Party post is often the principal post itself (a commune's secretary): written once.
        if (f.partyPosts() != null && posts.stream().noneMatch(t -> t.equalsIgnoreCase(f.partyPosts()))) {
            posts.add(f.partyPosts());
        }
        items.add(new Item("12", Messages.text("dossier.print.currentPost"), posts.isEmpty() ? "—" : String.join("; ", posts)));
        items.add(new Item("13", Messages.text("dossier.print.unit"), post.map(Assignment::unitName).orElse("—")));
        items.add(new Item("14", Messages.text("dossier.print.salary"), file.salaryOn(on).map(Resume::salaryText).orElse("—")));
        items.add(new Item("15.1", Dimension.GENERAL_EDUCATION.label(), level(p, Dimension.GENERAL_EDUCATION, on)));
        items.add(new Item("15.2", Messages.text("dossier.print.professional"), level(p, Dimension.PROFESSIONAL, on)));
        items.add(new Item("15.3", Dimension.POLITICAL_THEORY.label(), level(p, Dimension.POLITICAL_THEORY, on)));
        items.add(new Item("15.4", Dimension.STATE_MANAGEMENT.label(), level(p, Dimension.STATE_MANAGEMENT, on)));
        items.add(new Item("15.5", Dimension.FOREIGN_LANGUAGE.label(), level(p, Dimension.FOREIGN_LANGUAGE, on)));
        items.add(new Item("15.6", Dimension.IT.label(), level(p, Dimension.IT, on)));
        items.add(new Item("16", Messages.text("dossier.print.party"), p.partyMember()
                ? Messages.text("dossier.print.partyValue", Dates.format(p.partyJoinedOn()), Dates.format(f.partyOfficialOn())) : "—"));
        items.add(new Item("17", ProfileField.MASS_ORGANISATIONS.label(), text(f.massOrganisations())));
        items.add(new Item("18", Messages.text("dossier.print.army"), f.armyEnlistedOn() == null ? "—"
                : Messages.text("dossier.print.armyValue", Dates.format(f.armyEnlistedOn()), Dates.format(f.armyDischargedOn()),
                        text(f.armyRank()))));
        items.add(new Item("19", ProfileField.HONOURS.label(), text(f.honours())));
        items.add(new Item("20", ProfileField.STRENGTHS.label(), text(f.strengths())));
        items.add(new Item("21", Messages.text("dossier.print.awards"), file.awards().isEmpty() ? "—"
                : String.join("; ", file.awards().stream().map(a -> a.form() + " (" + Dates.format(a.decidedOn()) + ")").toList())));
        items.add(new Item("22", Messages.text("dossier.print.discipline"), file.disciplines().isEmpty() ? "—"
                : String.join("; ", file.disciplines().stream().map(Conduct.Discipline::text).toList())));
        items.add(new Item("23", Messages.text("dossier.print.health"), shown ? Messages.text("dossier.print.healthValue",
                text(f.healthStatus()), f.heightCm() == null ? "—" : f.heightCm() + " cm", f.weightKg() == null ? "—" : f.weightKg() + " kg",
                text(f.bloodGroup())) : hidden));
        items.add(new Item("24", Messages.text("person.citizenId"), text(p.citizenId())));
        items.add(new Item("25", ProfileField.SOCIAL_INSURANCE_NO.label(), text(f.socialInsuranceNo())));

        List<Table> tables = new ArrayList<>();
        tables.add(new Table("26", Messages.text("dossier.print.trainingTable"), List.of(Messages.text("dossier.training.school"),
                Messages.text("dossier.training.field"), Messages.text("dossier.print.period"), Messages.text("dossier.training.mode"),
                Messages.text("dossier.training.diploma")), new float[] {3, 2.4f, 1.6f, 1.3f, 1.7f},
                file.training().stream().map(t -> List.of(t.school(), text(t.field()), period(t.fromOn(), t.toOn()), t.mode().label(),
                        text(t.diploma()))).toList()));
        tables.add(new Table("27", Messages.text("dossier.print.workTable"), List.of(Messages.text("dossier.print.period"),
                Messages.text("dossier.print.workWhat")), new float[] {1.6f, 8.4f}, workRows(file)));
        List<List<String>> own = new ArrayList<>();
        List<List<String>> spouse = new ArrayList<>();
        for (FamilyMember m : file.family()) {
            (m.relation().spouseSide() ? spouse : own).add(List.of(m.relation().label(), m.fullName(),
                    m.birthYear() == null ? "" : String.valueOf(m.birthYear()), join(m.homeTown(), m.occupation(), m.workplace())));
        }
        List<String> familyHeaders = List.of(Messages.text("dossier.family.relation"), Messages.text("dossier.family.fullName"),
                Messages.text("dossier.family.birthYear"), Messages.text("dossier.print.familyWhat"));
        float[] familyWidths = {1.6f, 2.4f, 1f, 5f};
        List<List<String>> hiddenRow = List.of(List.of(hidden, "", "", ""));
        tables.add(new Table("28a", Messages.text("dossier.print.familyOwn"), familyHeaders, familyWidths, shown ? own : hiddenRow));
        tables.add(new Table("28b", Messages.text("dossier.print.familySpouse"), familyHeaders, familyWidths, shown ? spouse : hiddenRow));
        tables.add(new Table("29", Messages.text("dossier.print.salaryTable"), List.of(Messages.text("dossier.salary.effectiveOn"),
                Messages.text("dossier.print.rankAndStep"), Messages.text("dossier.salary.coefficient")), new float[] {2, 6, 2},
                file.salary().stream().map(s -> List.of(Dates.format(s.effectiveOn()), s.rankCode() + " " + s.rankName() + ", "
                        + Messages.text("dossier.salary.stepShort", s.step()), coefficient(s.coefficient())
                        + (s.overCeilingPercent() > 0 ? " + " + s.overCeilingPercent() + "%" : ""))).toList()));
        return new Resume(agency, post.map(Assignment::unitName).orElse(""), p.code(), p.fullName(), photo, items, tables, on);
    }

    /** Chuẩn's posts and the work history outside them, in time order. */
    private static List<List<String>> workRows(PersonnelFile file) {
        record Row(LocalDate from, List<String> cells) {
        }
        List<Row> rows = new ArrayList<>();
        for (WorkEntry w : file.work()) {
            rows.add(new Row(w.fromOn(), List.of(period(w.fromOn(), w.toOn()), join(w.post(), w.place()))));
        }
        for (Assignment a : file.person().assignments()) {
            rows.add(new Row(a.startedOn(), List.of(period(a.startedOn(), a.endedOn()), a.titleName()
                    + (a.isPrincipal() ? "" : " (" + a.kind().label().toLowerCase() + ")") + ", " + a.unitName())));
        }
        rows.sort(Comparator.comparing(Row::from));
        return rows.stream().map(Row::cells).toList();
    }

    private static String salaryText(SalaryStep s) {
        return Messages.text("dossier.print.salaryValue", s.rankName(), s.rankCode(), s.step(), coefficient(s.coefficient()),
                Dates.format(s.effectiveOn()), s.positionAllowance().signum() == 0 ? "—" : coefficient(s.positionAllowance()),
                s.overCeilingPercent() == 0 ? "—" : s.overCeilingPercent() + "%");
    }

    private static String level(PersonRecord p, Dimension d, LocalDate on) {
        return p.highestOn(d, on).map(q -> q.level().label() + (q.fieldOfStudy() == null || q.fieldOfStudy().isBlank() ? ""
                : ", " + q.fieldOfStudy())).orElse("—");
    }

    static String coefficient(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static String period(LocalDate from, LocalDate to) {
        return (from == null ? "" : MONTH.format(from)) + " – " + (to == null ? Messages.text("dossier.work.ongoing") : MONTH.format(to));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return present.isEmpty() ? "—" : String.join(", ", present);
    }
}
