package vn.chuan.evaluation;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.people.Assignment;
import vn.chuan.people.PersonRecord;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Messages;
import vn.chuan.shared.TabularFile;
import vn.chuan.shared.VietnameseText;
import vn.chuan.units.Unit;
import vn.chuan.units.Units;

/**
 * Grades from a spreadsheet in the interchange format with a column "Xếp loại" (key
 * {@code xep_loai}: a grade's label or code) and optionally "Nhận xét" ({@code nhan_xet}); the
 * other columns are ignored. Every row is checked first: any wrong row and nothing is saved.
 */
@Component
public class GradeImport {

    /** What the import did: rows read, grades saved, and the row errors (nothing saved when there are). */
    public record Result(int rows, int saved, List<String> errors) {
    }

    private final Evaluations evaluations;
    private final PersonRegistry people;
    private final Units units;
    private final Clock clock;

    GradeImport(Evaluations evaluations, PersonRegistry people, Units units, Clock clock) {
        this.evaluations = evaluations;
        this.people = people;
        this.units = units;
        this.clock = clock;
    }

    private record Line(int row, String code, String grade, String comment) {
    }

    @Transactional
    public Result importGrades(UserScope scope, long roundId, InputStream input, String fileName) {
        return importGrades(scope, roundId, input, fileName, false);
    }

    /**
     * As above; {@code decided}: the file is a past year's results as they were decided, recorded as
     * given and the round locked ({@link Evaluations#recordDecided}).
     */
    @Transactional
    public Result importGrades(UserScope scope, long roundId, InputStream input, String fileName, boolean decided) {
        EvaluationRound round = evaluations.round(scope,
                roundId).orElseThrow(() -> new InvalidEvaluationException(Messages.text("evaluation.rounds.notFound")));
        List<Line> lines = new ArrayList<>();
        int[] columns = {-1, -1, -1};
        List<String> errors = new ArrayList<>();
        try {
            TabularFile.readWithHeader(input, fileName, cells -> index(cells, "ma can bo", "ma_can_bo") >= 0, new TabularFile.HeaderedRows() {
                @Override
                public boolean header(List<String> cells) {
                    columns[0] = index(cells, "ma can bo", "ma_can_bo");
                    columns[1] = index(cells, "xep loai", "xep_loai");
                    columns[2] = index(cells, "nhan xet", "nhan_xet");
                    if (columns[0] < 0 || columns[1] < 0) {
                        errors.add(Messages.text("evaluation.grades.file.columnsRequired"));
                        return false;
                    }
                    return true;
                }

                @Override
                public void row(int rowNumber, List<String> cells) {
                    String code = cell(cells, columns[0]);
                    if (!code.isBlank()) {
                        lines.add(new Line(rowNumber, code.strip(), cell(cells, columns[1]), columns[2] < 0 ? "" : cell(cells, columns[2])));
                    }
                }
            });
        } catch (TabularFile.InvalidFileException e) {
            errors.add(e.getMessage());
        }
        if (!errors.isEmpty()) {
            return new Result(0, 0, errors);
        }
        LocalDate on = round.postsOn(LocalDate.now(clock));
        List<Unit> roundUnits = evaluations.unitsOf(round);
        Map<String, PersonRecord> records = people.findByCodes(lines.stream().map(Line::code).toList());
        Map<Unit, List<Evaluations.Entry>> byUnit = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Line line : lines) {
            PersonRecord record = records.get(line.code());
            Integer first = seen.putIfAbsent(line.code(), line.row());
            var grade = Grade.parse(line.grade());
            Unit unit = record == null || !people.isVisible(scope, record.id()) ? null : unitOf(record, on, roundUnits);
            if (first != null) {
                errors.add(Messages.text("evaluation.grades.file.duplicate", line.row(), line.code(), first));
            } else if (record == null || !people.isVisible(scope, record.id())) {
                errors.add(Messages.text("evaluation.grades.file.personNotFound", line.row(), line.code()));
            } else if (unit == null) {
                errors.add(Messages.text("evaluation.grades.file.noPostInRound", line.row(), record.fullName(), round.year()));
            } else if (grade.isEmpty()) {
                errors.add(Messages.text("evaluation.grades.file.badGrade", line.row(), line.grade()));
            } else {
                byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(new Evaluations.Entry(record.id().value(), grade.get(), line.comment()));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(lines.size(), 0, errors);
        }
        if (decided) {
            return new Result(lines.size(), evaluations.recordDecided(scope, roundId, byUnit), List.of());
        }
        int saved = 0;
        for (Map.Entry<Unit, List<Evaluations.Entry>> entry : byUnit.entrySet()) {
            // A refusal here (a discipline, another round) rolls the whole file back.
            evaluations.save(scope, roundId, entry.getKey(), entry.getValue());
            saved += entry.getValue().size();
        }
        return new Result(lines.size(), saved, List.of());
    }

    private Unit unitOf(PersonRecord record, LocalDate on, List<Unit> roundUnits) {
        var post = record.assignmentOn(on).map(Assignment::unitId).flatMap(units::find);
        return post.flatMap(p -> roundUnits.stream().filter(u -> p.path().startsWith(u.path())).findFirst()).orElse(null);
    }

    private static int index(List<String> cells, String label, String key) {
        for (int i = 0; i < cells.size(); i++) {
            String text = VietnameseText.key(cells.get(i) == null ? "" : cells.get(i));
            if (text.equals(label) || text.equals(key) || text.replace(' ', '_').equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int index) {
        return index >= 0 && index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }
}
