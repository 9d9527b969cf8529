package vn.chuan.units;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.TabularFile;
import vn.chuan.shared.VietnameseText;

/**
 * The official list of a reorganisation (Nghị quyết sắp xếp đơn vị hành chính): one row per
 * predecessor, {@code Mã PX mới, Phường/Xã mới, Mã PX cũ, Phường/Xã cũ, Phạm vi} (toàn bộ / một phần).
 * The successors exist from the date (the official unit list of that date is imported first); each
 * predecessor ends the day before unless it continues (it is also a successor), and is linked to its
 * successors. The whole file is checked before anything is written: a code that does not exist, a
 * predecessor given twice as whole (or whole and in part), a cycle, or a date that contradicts the
 * units' own dates is a row error and nothing is written.
 */
class LineageImport {

    private static final Map<String, String> HEADERS = Map.of(
            "ma px moi", "newCode", "phuong xa moi", "newName", "ma px cu", "oldCode", "phuong xa cu", "oldName", "pham vi", "scope");

    private final Units units;
    private final UnitRepository repository;
    private final AuditLog audit;

    LineageImport(Units units, UnitRepository repository, AuditLog audit) {
        this.units = units;
        this.repository = repository;
        this.audit = audit;
    }

    private record Row(int number, Unit successor, Unit predecessor, boolean whole) {
    }

    Units.LineageResult importFile(InputStream input, String fileName, LocalDate on, boolean dryRun) {
        List<String> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        if (on == null) {
            return new Units.LineageResult(List.of(), List.of(), List.of(Messages.text("units.lineage.dateRequired")));
        }
        try {
            TabularFile.readWithHeader(input, fileName,
                    cells -> cells.stream().filter(c -> c != null && HEADERS.containsKey(VietnameseText.key(c))).count() >= 3,
                    new TabularFile.HeaderedRows() {
                        @Override
                        public boolean header(List<String> cells) {
                            return OfficialUnitListImport.readHeader(cells, HEADERS, List.of("newCode", "oldCode", "scope"),
                                    LineageImport::label, columns, errors);
                        }

                        @Override
                        public void row(int number, List<String> cells) {
                            parse(number, cells, columns, on, errors).ifPresent(rows::add);
                        }
                    });
        } catch (TabularFile.InvalidFileException e) {
            errors.add(e.getMessage());
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(columns.isEmpty() ? Messages.text("units.file.empty") : Messages.text("units.file.noRows"));
        }
        if (errors.isEmpty()) {
            checkTogether(rows, errors);
        }
        if (!errors.isEmpty()) {
            return new Units.LineageResult(List.of(), List.of(), errors);
        }
        List<Units.Link> links = rows.stream().map(r -> new Units.Link(r.successor().id(), r.predecessor().id(), r.whole(), on)).toList();
        if (dryRun) {
            return new Units.LineageResult(links, closing(rows), List.of());
        }
        return new Units.LineageResult(write(rows, on), closing(rows), List.of());
    }

    private Optional<Row> parse(int number, List<String> cells, Map<String, Integer> columns, LocalDate on, List<String> errors) {
        String newCode = cell(cells, columns, "newCode");
        String oldCode = cell(cells, columns, "oldCode");
        String scope = cell(cells, columns, "scope");
        if (newCode.isEmpty() && oldCode.isEmpty() && scope.isEmpty()) {
            return Optional.empty();
        }
        int before = errors.size();
        LocalDate dayBefore = on.minusDays(1);
        Optional<Unit> successor;
        Optional<Unit> predecessor;
        try {
            successor = units.findByCodeAsWritten(newCode, on);
            predecessor = units.findByCodeAsWritten(oldCode, dayBefore);
        } catch (AmbiguousUnitCodeException e) {
            errors.add(Messages.text("units.file.rowError", number, e.getMessage()));
            return Optional.empty();
        }
        if (successor.isEmpty()) {
            errors.add(Messages.text("units.lineage.unknownNew", number, newCode, Dates.format(on)));
        }
        if (predecessor.isEmpty()) {
            errors.add(Messages.text("units.lineage.unknownOld", number, oldCode, Dates.format(dayBefore)));
        }
        String folded = VietnameseText.key(scope);
        Boolean whole = folded.equals("toan bo") || folded.equals("toan phan") ? Boolean.TRUE
                : folded.equals("mot phan") ? Boolean.FALSE : null;
        if (whole == null) {
            errors.add(Messages.text("units.lineage.badScope", number, scope));
        }
        if (successor.isPresent() && successor.get().validFrom().isAfter(on)) {
            errors.add(Messages.text("units.lineage.newNotYetValid", number, successor.get().name(), Dates.format(successor.get().validFrom()),
                    Dates.format(on)));
        }
        if (predecessor.isPresent() && !predecessor.get().validFrom().isBefore(on)) {
            errors.add(Messages.text("units.lineage.oldNotBefore", number, predecessor.get().name(),
                    Dates.format(predecessor.get().validFrom()), Dates.format(on)));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Row(number, successor.get(), predecessor.get(), whole));
    }

    /** What only the whole file shows: a predecessor given twice as whole (or whole and in part), a cycle. */
    private static void checkTogether(List<Row> rows, List<String> errors) {
        Map<Long, Row> wholeOf = new HashMap<>();
        Map<Long, Row> partOf = new HashMap<>();
        for (Row row : rows) {
            long id = row.predecessor().id().value();
            if (row.whole()) {
                Row other = wholeOf.putIfAbsent(id, row);
                if (other != null && !other.successor().equals(row.successor())) {
                    errors.add(Messages.text("units.lineage.alreadyWhole", row.number(), row.predecessor().name(), other.successor().name(),
                            other.number()));
                }
            } else {
                partOf.putIfAbsent(id, row);
            }
        }
        wholeOf.forEach((id, row) -> {
            Row part = partOf.get(id);
            if (part != null) {
                errors.add(Messages.text("units.lineage.wholeAndPart", part.number(), row.predecessor().name(), row.number()));
            }
        });
        // A cycle: following predecessor → successor over the file's links (a unit continuing as itself aside) comes back.
        Map<Long, Set<Long>> next = new HashMap<>();
        for (Row row : rows) {
            if (!row.predecessor().id().equals(row.successor().id())) {
                next.computeIfAbsent(row.predecessor().id().value(), k -> new HashSet<>()).add(row.successor().id().value());
            }
        }
        for (Row row : rows) {
            if (reaches(next, row.successor().id().value(), row.predecessor().id().value(), new HashSet<>())) {
                errors.add(Messages.text("units.lineage.cycle", row.number(), row.predecessor().name(), row.successor().name()));
                break;
            }
        }
    }

    private static boolean reaches(Map<Long, Set<Long>> next, long from, long target, Set<Long> seen) {
        if (from == target) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (long to : next.getOrDefault(from, Set.of())) {
            if (reaches(next, to, target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** The predecessors that end the day before: all but those that continue (also a successor in the file). */
    private static List<Unit> closing(List<Row> rows) {
        Set<Long> successors = new HashSet<>();
        rows.forEach(r -> successors.add(r.successor().id().value()));
        Map<Long, Unit> closed = new LinkedHashMap<>();
        for (Row row : rows) {
            if (!successors.contains(row.predecessor().id().value())) {
                closed.putIfAbsent(row.predecessor().id().value(), row.predecessor());
            }
        }
        return List.copyOf(closed.values());
    }

    private List<Units.Link> write(List<Row> rows, LocalDate on) {
        Set<Long> continuing = new HashSet<>();
        rows.forEach(r -> continuing.add(r.successor().id().value()));
        Set<List<Long>> linked = new HashSet<>();
        repository.linksInto(rows.stream().map(r -> r.successor().id().value()).distinct().toList())
                .forEach(l -> linked.add(List.of(l.predecessor().value(), l.successor().value())));
        List<Units.Link> written = new ArrayList<>();
        Set<Long> closed = new HashSet<>();
        for (Row row : rows) {
            Unit predecessor = row.predecessor();
            // Importing the same list again changes nothing: links already made are kept as they are.
            if (predecessor.id().equals(row.successor().id())
                    || !linked.add(List.of(predecessor.id().value(), row.successor().id().value()))) {
                continue;
            }
            boolean closes = !continuing.contains(predecessor.id().value()) && closed.add(predecessor.id().value());
            if (closes) {
                // A predecessor taken whole points to its successor (and is linked by it); one split in parts to none.
                repository.close(predecessor.id(), on.minusDays(1), row.whole() ? row.successor().id() : null);
            }
            if (!(closes && row.whole())) {
                repository.link(row.successor().id(), predecessor.id(), row.whole(), on);
            }
            audit.record(AuditEvent.of("UNIT", predecessor.id().value(), row.whole() ? "UNIT_MERGED" : "UNIT_SPLIT")
                    .summary(Messages.text(row.whole() ? "units.history.mergedWhole" : "units.history.mergedPart",
                            predecessor.name(), row.successor().name(), Dates.format(on)))
                    .change(Messages.text("units.lineage.successor"), null, row.successor().name() + " (" + row.successor().code() + ")")
                    .change(Messages.text("units.lineage.scope"), null,
                            row.whole() ? Messages.text("units.lineage.scopeWhole") : Messages.text("units.lineage.scopePart"))
                    .build());
            written.add(new Units.Link(row.successor().id(), predecessor.id(), row.whole(), on));
        }
        return written;
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String field) {
        Integer index = columns.get(field);
        return index == null || index >= cells.size() || cells.get(index) == null ? "" : cells.get(index).strip();
    }

    private static String label(String field) {
        return switch (field) {
            case "newCode" -> Messages.text("units.lineage.newCode");
            case "oldCode" -> Messages.text("units.lineage.oldCode");
            default -> Messages.text("units.lineage.scope");
        };
    }
}
