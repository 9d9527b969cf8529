package vn.chuan.training;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.TabularFile;
import vn.chuan.shared.VietnameseText;

/**
 * A class's roster from the list the training institution sends (Trường Chính trị tỉnh, a
 * university): who was sent, who attends, who dropped out, who completed with which certificate.
 * Columns: <em>Mã cán bộ</em> (required), <em>Tình trạng</em> (Đang học, Hoàn thành, Bỏ học),
 * <em>Kết quả</em>, <em>Số chứng chỉ</em>, <em>Ngày cấp</em>. A person not yet in the class is
 * sent to it; a completion records the level the programme confers, as on the class page.
 * Every row is checked before anything is written; one wrong row and nothing is.
 */
@Service
public class RosterImport {

    /** What the file did, or the rows that stopped it. */
    public record Result(int rows, int enrolled, int attending, int completed, int dropped, List<String> errors) {

        static Result refused(List<String> errors) {
            return new Result(0, 0, 0, 0, 0, List.copyOf(errors));
        }
    }

    private record Line(int row, String code, EnrolmentStatus status, String result, String certificate, LocalDate certificateDate,
            boolean dateUnreadable) {
    }

    private static final Map<String, EnrolmentStatus> STATUSES = Map.of(
            "da dang ky", EnrolmentStatus.DANG_KY, "dang ky", EnrolmentStatus.DANG_KY,
            "dang hoc", EnrolmentStatus.DANG_HOC,
            "hoan thanh", EnrolmentStatus.HOAN_THANH, "da hoan thanh", EnrolmentStatus.HOAN_THANH,
            "bo hoc", EnrolmentStatus.BO_HOC, "thoi hoc", EnrolmentStatus.BO_HOC);

    private static final Pattern ROW = Pattern.compile("Dòng (\\d+):");

    private final Training training;
    private final PersonRegistry people;
    private final Clock clock;

    RosterImport(Training training, PersonRegistry people, Clock clock) {
        this.training = training;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    public Result importRoster(UserScope scope, long classId, InputStream input, String fileName) {
        TrainingClass trainingClass = training.trainingClass(classId)
                .orElseThrow(() -> new InvalidTrainingException(Messages.text("training.class.notFound")));
        if (!scope.canWrite()) {
            throw new InvalidTrainingException(Messages.text("training.roster.readOnly"));
        }
        List<String> errors = new ArrayList<>();
        List<Line> lines = read(input, fileName, errors);
        if (lines.isEmpty()) {
            return Result.refused(errors.isEmpty() ? List.of(Messages.text("training.roster.noRows")) : errors);
        }
        Map<String, Enrolment> placed = byCode(training.enrolmentsOfClass(scope, classId));
        Map<String, PersonRecord> records = people.findByCodes(lines.stream().map(Line::code).toList());
        Set<Long> visible = people.visibleAmong(scope, records.values().stream().map(r -> r.id().value()).toList());
        Map<String, Integer> seen = new HashMap<>();
        List<String> newcomers = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (Line line : lines) {
            String where = Messages.text("training.roster.row", line.row());
            Integer first = seen.putIfAbsent(line.code(), line.row());
            if (first != null) {
                errors.add(Messages.text("training.roster.duplicate", where, line.code(), first));
                continue;
            }
            PersonRecord record = records.get(line.code());
            if (record == null || !visible.contains(record.id().value())) {
                errors.add(Messages.text("training.roster.personNotFound", where, line.code()));
                continue;
            }
            Enrolment place = placed.get(line.code());
            if (place == null) {
                newcomers.add(line.code());
            } else if (line.status() != null && line.status() != place.status()
                    && (place.status() == EnrolmentStatus.HOAN_THANH || place.status() == EnrolmentStatus.BO_HOC)) {
                errors.add(where + Messages.text("training.roster.cannotChange", record.fullName(),
                        place.status().label().toLowerCase(Locale.ROOT), line.status().label().toLowerCase(Locale.ROOT)));
            }
            if (line.status() == EnrolmentStatus.HOAN_THANH) {
                if (line.certificateDate() == null && !line.dateUnreadable()) {
                    errors.add(Messages.text("training.roster.certificateDateRequired", where));
                } else if (line.certificateDate().isBefore(trainingClass.startsOn()) || line.certificateDate().isAfter(today)) {
                    errors.add(Messages.text("training.roster.certificateDateRange", where, Dates.format(line.certificateDate()),
                            Dates.format(trainingClass.startsOn())));
                }
            }
        }
        if (errors.isEmpty() && newcomers.size() > trainingClass.freeSeats()) {
            errors.add(Messages.text("training.roster.notEnoughSeats", trainingClass.freeSeats(), trainingClass.seats(), newcomers.size()));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RosterImport::rowOf));
            return Result.refused(errors);
        }
        if (!newcomers.isEmpty()) {
            training.enrol(scope, classId, newcomers);
            placed = byCode(training.enrolmentsOfClass(scope, classId));
        }
        int attending = 0;
        int completed = 0;
        int dropped = 0;
        for (Line line : lines) {
            Enrolment place = placed.get(line.code());
            if (line.status() == null || line.status() == place.status()) {
                continue;
            }
            switch (line.status()) {
                case DANG_HOC -> {
                    training.attend(scope, place.id(), place.version());
                    attending++;
                }
                case BO_HOC -> {
                    training.drop(scope, place.id(), place.version());
                    dropped++;
                }
                case HOAN_THANH -> {
                    training.complete(scope, place.id(), place.version(), line.result(), line.certificate(), line.certificateDate());
                    completed++;
                }
                default -> {
                    // Registered is where every place starts: nothing to change.
                }
            }
        }
        return new Result(lines.size(), newcomers.size(), attending, completed, dropped, List.of());
    }

    /** The row an error names ("Dòng 12: …"), 0 for the whole file. */
    private static int rowOf(String error) {
        Matcher row = ROW.matcher(error);
        return row.lookingAt() ? Integer.parseInt(row.group(1)) : 0;
    }

    private static Map<String, Enrolment> byCode(List<Enrolment> enrolments) {
        Map<String, Enrolment> byCode = new LinkedHashMap<>();
        enrolments.forEach(e -> byCode.put(e.personCode(), e));
        return byCode;
    }

    private static List<Line> read(InputStream input, String fileName, List<String> errors) {
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        try {
            TabularFile.readWithHeader(input, fileName, cells -> cells.stream().anyMatch(c -> VietnameseText.key(c).equals("ma can bo")),
                    new TabularFile.HeaderedRows() {
                        @Override
                        public boolean header(List<String> cells) {
                            for (int c = 0; c < cells.size(); c++) {
                                columns.putIfAbsent(VietnameseText.key(cells.get(c)), c);
                            }
                            if (!columns.containsKey("ma can bo")) {
                                errors.add(Messages.text("training.roster.codeColumnMissing"));
                            }
                            return errors.isEmpty();
                        }

                        @Override
                        public void row(int rowNumber, List<String> cells) {
                            String code = cell(cells, columns, "ma can bo");
                            if (code.isEmpty()) {
                                return;
                            }
                            String statusText = cell(cells, columns, "tinh trang");
                            EnrolmentStatus status = statusText.isEmpty() ? null : STATUSES.get(VietnameseText.key(statusText));
                            if (!statusText.isEmpty() && status == null) {
                                errors.add(Messages.text("training.roster.badStatus", rowNumber, statusText));
                            }
                            String dateText = cell(cells, columns, "ngay cap");
                            Optional<LocalDate> date = Dates.parse(dateText);
                            if (!dateText.isEmpty() && date.isEmpty()) {
                                errors.add(Messages.text("training.roster.badDate", rowNumber, dateText));
                            }
                            lines.add(new Line(rowNumber, code, status, cell(cells, columns, "ket qua"), cell(cells, columns, "so chung chi"),
                                    date.orElse(null), !dateText.isEmpty() && date.isEmpty()));
                        }
                    });
        } catch (TabularFile.InvalidFileException e) {
            errors.add(e.getMessage());
            lines.clear();
        }
        return lines;
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String key) {
        Integer column = columns.get(key);
        return column == null || column >= cells.size() || cells.get(column) == null ? "" : cells.get(column).strip();
    }
}
