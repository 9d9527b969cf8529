package vn.chuan.titles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.shared.Dates;
import vn.chuan.shared.GovernmentLevel;
import vn.chuan.shared.KeptVersion;
import vn.chuan.shared.Messages;
import vn.chuan.shared.PositionTitle;
import vn.chuan.shared.StaffCategory;
import vn.chuan.shared.VietnameseText;

/**
 * The catalogue of position titles, kept in the database: seeded with the built-in titles, to
 * which administrators add the province's own and from which they retire titles. Every change is
 * audited and {@linkplain PositionTitle#install installed} at once for the whole application.
 */
@Service
public class TitleCatalogue implements SmartInitializingSingleton {

    private static final String TITLE = "POSITION_TITLE";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    /** The catalogue's version in the database: a title added or retired through another instance is installed here too. */
    private final KeptVersion version;
    private volatile long installed = -1;
    /** The last commit as of which the version was compared. */
    private volatile long checkedAt = -1;

    TitleCatalogue(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.version = new KeptVersion(jdbc, "titles");
    }

    /**
     * Installs the catalogue again when another instance changed it since (each request asks, before its handler). A
     * change is audited: while nothing was committed since the last look, the version is not read.
     */
    public void refreshIfChanged() {
        long commit = audit.lastCommit();
        if (commit == checkedAt) {
            return;
        }
        if (version.current() != installed) {
            install();
        }
        checkedAt = commit;
    }

    /** At start: the built-in titles missing from the database are added, then the database's catalogue is installed. */
    @Override
    public void afterSingletonsInstantiated() {
        Set<String> known = Set.copyOf(jdbc.sql("select code from position_title").query(String.class).list());
        for (PositionTitle t : PositionTitle.BUILT_IN) {
            if (!known.contains(t.code())) {
                insert(t);
            }
        }
        install();
    }

    /** Every title, built-in ones first in their order, then the province's by code (the installed catalogue). */
    public List<PositionTitle> list() {
        return PositionTitle.all();
    }

    /**
     * Adds a title of the province. Refused ({@link InvalidTitleException}, naming the field) when
     * its code is taken or malformed, its name is blank, or its code, name or an alias already reads
     * as another title.
     */
    @Transactional
    public PositionTitle add(NewTitle title) {
        PositionTitle candidate = title.toTitle();
        if (jdbc.sql("select count(*) from position_title where code = :code").param("code", candidate.code())
                .query(Integer.class).single() > 0) {
            throw new InvalidTitleException("code", Messages.text("titles.codeExists", candidate.code()));
        }
        Optional<PositionTitle> clash = PositionTitle.clashWith(candidate);
        if (clash.isPresent()) {
            throw new InvalidTitleException("aliases", Messages.text("titles.clash", clash.get().name(), clash.get().code()));
        }
        long id = insert(candidate);
        version.bump();
        audit.record(AuditEvent.of(TITLE, id, "TITLE_ADDED").summary(Messages.text("titles.history.added", candidate.name()))
                .change(Messages.text("titles.field.code"), null, candidate.code()).change(Messages.text("titles.field.name"), null, candidate.name())
                .change(Messages.text("titles.field.category"), null, candidate.category().label()).change(Messages.text("titles.field.level"), null,
                        candidate.level().label())
                .change(Messages.text("titles.field.aliases"), null, String.join("; ", candidate.aliases()))
                .change(Messages.text("titles.field.source"), null, candidate.source())
                .change(Messages.text("titles.field.validFrom"), null, Dates.format(candidate.validFrom()))
                .build());
        installAfterCommit();
        return candidate;
    }

    /** Retires a title from a date: posts held before keep it, no post may start with it after. */
    @Transactional
    public void retire(String code, LocalDate lastDay) {
        PositionTitle title = PositionTitle.findByCode(code)
                .orElseThrow(() -> new InvalidTitleException("code", Messages.text("titles.notFound", code)));
        if (lastDay == null) {
            throw new InvalidTitleException("validTo", Messages.text("titles.lastDayRequired"));
        }
        if (title.validFrom() != null && lastDay.isBefore(title.validFrom())) {
            throw new InvalidTitleException("validTo", Messages.text("titles.lastDayBeforeValid", Dates.format(title.validFrom())));
        }
        long id = jdbc.sql("select id from position_title where code = :code").param("code", code).query(Long.class).single();
        jdbc.sql("update position_title set valid_to = :to, version = version + 1 where id = :id")
                .param("to", lastDay).param("id", id).update();
        version.bump();
        audit.record(AuditEvent.of(TITLE, id, "TITLE_RETIRED").summary(Messages.text("titles.history.retired", title.name()))
                .change(Messages.text("titles.field.validTo"), Dates.format(title.validTo()), Dates.format(lastDay)).build());
        installAfterCommit();
    }

    private long insert(PositionTitle t) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into position_title (code, name, category, gov_level, aliases, legal_source, valid_from, valid_to,
                                            built_in, version)
                values (:code, :name, :category, :level, :aliases, :source, :from, :to, :builtIn, 0)
                """).param("code", t.code()).param("name", t.name()).param("category", t.category().name())
                .param("level", t.level().name()).param("aliases", String.join("|", t.aliases())).param("source", t.source())
                .param("from", t.validFrom()).param("to", t.validTo()).param("builtIn", t.builtIn())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The built-in titles in their order, then the province's by code. */
    private synchronized void install() {
        // The version first: a change committed while the rows are read is installed by the next refresh.
        long current = version.latest();
        List<PositionTitle> stored = jdbc.sql("""
                select code, name, category, gov_level, aliases, legal_source, valid_from, valid_to, built_in
                from position_title order by code
                """).query((rs, n) -> new PositionTitle(rs.getString("code"), rs.getString("name"),
                StaffCategory.valueOf(rs.getString("category")), GovernmentLevel.valueOf(rs.getString("gov_level")),
                rs.getString("aliases").isEmpty() ? List.of() : Arrays.asList(rs.getString("aliases").split("\\|")),
                rs.getString("legal_source"), rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class),
                rs.getBoolean("built_in"))).list();
        List<String> order = PositionTitle.BUILT_IN.stream().map(PositionTitle::code).toList();
        List<PositionTitle> titles = new ArrayList<>(stored);
        titles.sort((a, b) -> {
            int ia = order.indexOf(a.code());
            int ib = order.indexOf(b.code());
            if (ia >= 0 || ib >= 0) {
                return ia < 0 ? 1 : ib < 0 ? -1 : Integer.compare(ia, ib);
            }
            return a.code().compareTo(b.code());
        });
        PositionTitle.install(titles);
        installed = current;
    }

    /** Installs the catalogue once the change is committed (never a title a rollback took back). */
    private void installAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    install();
                }
            });
        } else {
            install();
        }
    }

    /** A title as an administrator types it; {@link #toTitle} checks each field. */
    public record NewTitle(String code, String name, StaffCategory category, GovernmentLevel level, String aliases,
            String source, LocalDate validFrom) {

        PositionTitle toTitle() {
            String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
            if (!c.matches("[A-Z][A-Z0-9_]{1,39}")) {
                throw new InvalidTitleException("code", Messages.text("titles.codeCharacters"));
            }
            if (VietnameseText.isBlank(name) || name.strip().length() > 200) {
                throw new InvalidTitleException("name", Messages.text("titles.nameRequired"));
            }
            if (category == null) {
                throw new InvalidTitleException("category", Messages.text("titles.categoryRequired"));
            }
            if (level == null) {
                throw new InvalidTitleException("level", Messages.text("titles.levelRequired"));
            }
            if (VietnameseText.isBlank(source) || source.strip().length() > 400) {
                throw new InvalidTitleException("source", Messages.text("titles.sourceRequired"));
            }
            List<String> names = aliases == null ? List.of() : Arrays.stream(aliases.split("[;\\n]"))
                    .map(String::strip).filter(a -> !a.isEmpty()).distinct().collect(Collectors.toList());
            if (String.join("|", names).length() > 2000 || names.stream().anyMatch(a -> a.contains("|"))) {
                throw new InvalidTitleException("aliases", Messages.text("titles.aliasesInvalid"));
            }
            return new PositionTitle(c, name.strip(), category, level, names, source.strip(), validFrom, null, false);
        }
    }
}
