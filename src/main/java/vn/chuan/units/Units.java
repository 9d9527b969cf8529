package vn.chuan.units;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.audit.UntilNextCommit;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.NotFoundException;

/** The units module's facade: the administrative unit tree over time. */
@Service
public class Units {

    private final UnitRepository repository;
    private final AuditLog audit;
    private final OfficialUnitListImport officialList;
    /** A subtree on a date, read by nearly every page (the lists' pickers, scopes, forms): kept until the next commit. */
    private final UntilNextCommit<List<Object>, List<Unit>> subtrees;

    private final ApplicationEventPublisher events;

    Units(UnitRepository repository, AuditLog audit, ApplicationEventPublisher events) {
        this.subtrees = new UntilNextCommit<>(audit, 64);
        this.repository = repository;
        this.audit = audit;
        this.events = events;
        this.officialList = new OfficialUnitListImport(this);
    }

    @Transactional
    public Unit register(NewUnit unit) {
        String parentPath = null;
        if (unit.parentId() != null) {
            Unit parent = get(unit.parentId());
            if (!parent.isValidOn(unit.validFrom())) {
                throw new IllegalArgumentException(Messages.text("units.parentNotValid", parent.name(), Dates.format(unit.validFrom())));
            }
            parentPath = parent.path();
        }
        if (repository.findByCode(unit.code(), unit.validFrom()).isPresent()) {
            throw new IllegalArgumentException(Messages.text("units.codeTaken", unit.code()));
        }
        Unit created = repository.insert(unit, parentPath);
        audit.record(AuditEvent.of("UNIT", created.id().value(), "UNIT_CREATED")
                .summary(Messages.text("units.history.created", created.name(), created.code()))
                .change(Messages.text("units.field.validFrom"), null, Dates.format(created.validFrom()))
                .build());
        return created;
    }

    /**
     * Merges units into a new one from {@code effective}: each merged unit ends the day before and
     * points to the successor (QĐ 124/2004: the successor may keep one of the old codes).
     */
    @Transactional
    public Unit merge(List<UnitId> merged, NewUnit successor) {
        if (merged.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("units.merge.unitsRequired"));
        }
        LocalDate lastDay = successor.validFrom().minusDays(1);
        List<Unit> old = merged.stream().map(this::get).toList();
        for (Unit unit : old) {
            if (!unit.isValidOn(lastDay)) {
                throw new IllegalArgumentException(Messages.text("units.merge.notValid", unit.name()));
            }
            repository.close(unit.id(), lastDay, null);
        }
        Unit created = register(successor);
        old.forEach(unit -> {
            repository.close(unit.id(), lastDay, created.id());
            audit.record(AuditEvent.of("UNIT", unit.id().value(), "UNIT_MERGED")
                    .summary(Messages.text("units.history.merged", unit.name(), created.name()))
                    .change(Messages.text("units.field.validTo"), null, Dates.format(lastDay))
                    .build());
        });
        return created;
    }

    /** Ends a unit without successor (dissolved, as districts were on 1/7/2025). */
    @Transactional
    public void dissolve(UnitId id, LocalDate lastDay) {
        Unit unit = get(id);
        repository.close(id, lastDay, null);
        audit.record(AuditEvent.of("UNIT", id.value(), "UNIT_DISSOLVED").summary(Messages.text("units.history.dissolved", unit.name()))
                .change(Messages.text("units.field.validTo"), Dates.format(unit.validTo()), Dates.format(lastDay)).build());
    }

    @Transactional
    public void describe(UnitId id, String name, CommuneType type, boolean difficultArea) {
        Unit before = get(id);
        repository.rename(id, name, type, difficultArea);
        AuditEvent.Builder event = AuditEvent.of("UNIT", id.value(), "UNIT_CHANGED").summary(Messages.text("units.history.changed", before.code()))
                .change(Messages.text("units.field.name"), before.name(), name)
                .change(Messages.text("units.field.type"), before.communeType() == null ? null : before.communeType().label(),
                        type == null ? null : type.label())
                .change(Messages.text("units.field.difficult"),
                        before.difficultArea() ? Messages.text("units.yes") : Messages.text("units.no"),
                        difficultArea ? Messages.text("units.yes") : Messages.text("units.no"));
        if (event.hasChanges()) {
            audit.record(event.build());
            events.publishEvent(new UnitChanged(id));
        }
    }

    public Unit get(UnitId id) {
        return repository.get(id).orElseThrow(() -> new NotFoundException(Messages.text("units.notFound", id.value())));
    }

    public Optional<Unit> find(UnitId id) {
        return repository.get(id);
    }

    /** These units, in one query (for batch work that meets the same few hundred units again and again). */
    public Map<UnitId, Unit> findAll(Collection<UnitId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.findAll(ids.stream().map(UnitId::value).distinct().toList()).stream()
                .collect(Collectors.toMap(Unit::id, u -> u));
    }

    /**
     * The unit of a code as a spreadsheet may have written it: exactly, or, for a number cell or a CSV
     * that dropped the leading zeros ("1840" for 01840, "4" for 00004), padded to the length of a
     * level: 2 digits for a province, 3 for a district, 5 for a commune (QĐ 124/2004). A code that then
     * matches two units is refused naming both.
     */
    public Optional<Unit> findByCodeAsWritten(String code, LocalDate date) {
        String written = code == null ? "" : code.strip();
        Optional<Unit> exact = findByCode(written, date);
        if (exact.isPresent() || !written.matches("\\d{1,4}")) {
            return exact;
        }
        List<Unit> found = new ArrayList<>();
        for (UnitLevel level : UnitLevel.values()) {
            String padded = codeOfLevel(written, level);
            if (!padded.equals(written)) {
                findByCode(padded, date).filter(u -> u.level() == level).ifPresent(found::add);
            }
        }
        if (found.size() > 1) {
            throw new AmbiguousUnitCodeException(Messages.text("units.ambiguousCode", written, String.join(", ",
                    found.stream().map(u -> u.name() + " (" + u.code() + ")").toList())));
        }
        return found.stream().findFirst();
    }

    /** The code a unit of this level is written with: a number shorter than the level's length gets its leading zeros back. */
    public static String codeOfLevel(String code, UnitLevel level) {
        String written = code == null ? "" : code.strip();
        int length = switch (level) {
            case PROVINCE -> 2;
            case DISTRICT -> 3;
            default -> 5;
        };
        return written.matches("\\d+") && written.length() < length ? "0".repeat(length - written.length()) + written : written;
    }

    public Optional<Unit> findByCode(String code, LocalDate date) {
        return repository.findByCode(code.strip(), date);
    }


    /** The units valid on {@code date} in the subtree of {@code root}, parents before children. */
    public List<Unit> subtree(Unit root, LocalDate date) {
        return subtrees.get(List.of(root.path(), date), () -> List.copyOf(repository.subtree(root.path(), date)));
    }


    /**
     * The units valid on {@code date} under a scope unit, parents before children; with no scope
     * unit (a whole-database user), under every root valid on the date.
     */
    public List<Unit> subtreeOf(UnitId scopeUnit, LocalDate date) {
        List<Unit> result = new ArrayList<>();
        for (Unit root : scopeUnit == null ? roots().stream().filter(u -> u.isValidOn(date)).toList() : find(scopeUnit).stream().toList()) {
            result.addAll(subtree(root, date));
        }
        return result;
    }

    /** The scope unit itself; with none (a whole-database user), the first root valid on {@code date}. */
    public Optional<Unit> scopeRoot(UnitId scopeUnit, LocalDate date) {
        return scopeUnit == null ? roots().stream().filter(u -> u.isValidOn(date)).findFirst() : find(scopeUnit);
    }

    /**
     * The unit a page asks for ({@code asked}), if it is valid on {@code date} under the scope unit
     * (anywhere for a whole-database user); otherwise the scope's root unit.
     */
    public Unit askedOrScopeRoot(UnitId scopeUnit, Long asked, LocalDate date) {
        Optional<Unit> scopeRoot = scopeRoot(scopeUnit, date);
        return Optional.ofNullable(asked).flatMap(id -> find(new UnitId(id))).filter(u -> u.isValidOn(date))
                .filter(u -> scopeUnit == null || scopeRoot.map(r -> u.path().startsWith(r.path())).orElse(false))
                .orElseGet(scopeRoot::orElseThrow);
    }

    public List<Unit> predecessors(UnitId id) {
        return repository.predecessors(id);
    }

    /** The units merged into each of these units, in one query (for trees and lists). */
    public Map<UnitId, List<Unit>> predecessorsOf(Collection<UnitId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return repository.predecessorsOf(ids.stream().map(UnitId::value).toList()).stream()
                .collect(Collectors.groupingBy(Unit::successorId));
    }

    /** A lineage link: {@code predecessor} went into {@code successor} on {@code effectiveOn}, whole or in part. */
    public record Link(UnitId successor, UnitId predecessor, boolean whole, LocalDate effectiveOn) {
    }

    /**
     * Where the past of a unit is on {@code date}: the unit itself when it existed then, else the
     * units it was formed from that existed then (through every merge, move and split on the way).
     * {@code attribution} is null for a predecessor taken whole; for one taken in part it is the
     * split's date: only the people who held a post in {@code unit}'s subtree after it belong to
     * {@code unit}'s past (the others to the other successors, counted once).
     */
    public record Source(Unit unit, LocalDate attribution) {
    }

    /**
     * As {@link #sourcesOn}, but a unit with no past at all on that date (nothing it was formed from)
     * is its own source: posts recorded before the unit's official start still count for it.
     */
    public List<Source> pastOf(Unit unit, LocalDate date) {
        List<Source> sources = sourcesOn(unit, date);
        return sources.isEmpty() ? List.of(new Source(unit, null)) : sources;
    }

    public List<Source> sourcesOn(Unit unit, LocalDate date) {
        List<Source> sources = new ArrayList<>();
        List<Source> open = new ArrayList<>(List.of(new Source(unit, null)));
        for (int depth = 0; depth < 20 && !open.isEmpty(); depth++) {
            List<Source> next = new ArrayList<>();
            Map<Long, List<Link>> links = repository.linksInto(open.stream().map(s -> s.unit().id().value()).distinct().toList()).stream()
                    .collect(Collectors.groupingBy(l -> l.successor().value()));
            for (Source source : open) {
                if (source.unit().isValidOn(date)) {
                    sources.add(source);
                    continue;
                }
                for (Link link : links.getOrDefault(source.unit().id().value(), List.of())) {
                    LocalDate attribution = source.attribution() != null ? source.attribution() : link.whole() ? null : link.effectiveOn();
                    find(link.predecessor()).ifPresent(p -> next.add(new Source(p, attribution)));
                }
            }
            open = next;
        }
        return sources;
    }

    public List<Unit> roots() {
        return repository.roots();
    }

    public boolean isEmpty() {
        return repository.count() == 0;
    }

    /** Imports the national list of administrative units (xlsx or CSV); never deletes a unit. */
    @Transactional
    public UnitImportResult importOfficialList(InputStream input, String fileName, LocalDate validFrom) {
        UnitImportResult result = officialList.importFile(input, fileName, validFrom);
        repository.refreshStatistics();
        return result;
    }

    /** What a reorganisation list did (or would do, on a dry run): the links made, the units ended, or why nothing was written. */
    public record LineageResult(List<Link> links, List<Unit> closed, List<String> errors) {

        public boolean succeeded() {
            return errors.isEmpty();
        }
    }

    /**
     * Imports the official list of a reorganisation effective {@code on} (see {@link LineageImport});
     * all or nothing. {@code dryRun}: checks and reports, writes nothing.
     */
    @Transactional
    public LineageResult importLineage(InputStream input, String fileName, LocalDate on, boolean dryRun) {
        LineageResult result = new LineageImport(this, repository, audit).importFile(input, fileName, on, dryRun);
        if (!dryRun && !result.links().isEmpty()) {
            result.closed().forEach(u -> events.publishEvent(new UnitChanged(u.id())));
        }
        return result;
    }
}
