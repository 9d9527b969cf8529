package vn.chuan.due;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.mail.internet.MimeMessage;
import vn.chuan.audit.AuditEvent;
import vn.chuan.audit.AuditLog;
import vn.chuan.security.ChuanUser;
import vn.chuan.security.ReminderContact;
import vn.chuan.security.UserAccounts;
import vn.chuan.security.UserScope;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.units.Unit;
import vn.chuan.units.UnitId;
import vn.chuan.units.Units;

/**
 * Reminders that reach the officers: once a day (or a week, each officer's choice) a digest of what falls due in their
 * scope — overdue for up to a year, or due in the next {@value #LEAD_DAYS} days — that no earlier digest of theirs held;
 * none when there is nothing new. Kept in the application (the bell) and mailed when an SMTP server is configured and
 * the officer gave an address; a failed mail is retried at the next runs, up to {@value #MAX_ATTEMPTS} attempts, and
 * listed for administrators. An item sent earlier that the record no longer gives is marked done, and audited.
 */
@Service
public class Reminders {

    /** Days ahead a digest looks. */
    static final int LEAD_DAYS = 30;
    static final int MAX_ATTEMPTS = 5;

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    /** Whether a digest's mail went: not to be sent (no SMTP or no address), waiting, sent, failed (retried). */
    public enum MailStatus {
        KHONG_GUI, CHO_GUI, DA_GUI, LOI
    }

    public record Digest(long id, String username, String periodKey, LocalDateTime createdAt, int itemCount, String email, MailStatus status,
            int attempts, String lastError, LocalDateTime sentAt, LocalDateTime readAt) {
    }

    /** An item as a digest listed it, with the person's code and name read now. */
    public record SentItem(long id, long digestId, String key, DueKind kind, LocalDate date, long personId, String personCode, String personName,
            long unitId, String unitPath, String unitName, String detail, LocalDate closedOn) {
    }

    /** What a run did, for the administrators' page and the command line. */
    public record Run(int digests, int items, int mailed, int failed, int closed) {
    }

    /** A digest as a page shows it: the digest and its items, those outside the reader's scope left out. */
    public record Shown(Digest digest, List<SentItem> items) {
    }

    private final DueDates due;
    private final ReminderRepository repository;
    private final UserAccounts accounts;
    private final Units units;
    private final AuditLog audit;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String sender;
    private final String baseUrl;

    Reminders(DueDates due, ReminderRepository repository, UserAccounts accounts, Units units, AuditLog audit, ObjectProvider<JavaMailSender> mail,
            TransactionTemplate transaction, Clock clock, @Value("${chuan.reminders.from:chuan@localhost}") String sender,
            @Value("${chuan.base-url:}") String baseUrl) {
        this.due = due;
        this.repository = repository;
        this.accounts = accounts;
        this.units = units;
        this.audit = audit;
        this.mail = mail;
        this.transaction = transaction;
        this.clock = clock;
        this.sender = sender;
        this.baseUrl = baseUrl;
    }

    /** Whether mails can go at all: an SMTP server is configured ({@code spring.mail.host}). */
    public boolean mailConfigured() {
        return mail.getIfAvailable() != null;
    }

    /** One run: the digests of the officers whose period has none yet, then every mail waiting or to retry. */
    public Run run() {
        LocalDate today = LocalDate.now(clock);
        List<DueItem> all = due.between(UserScope.system(), null, today.minusYears(1), today.plusDays(LEAD_DAYS));
        Map<Long, String> paths = new HashMap<>();
        int digests = 0;
        int items = 0;
        int closed = 0;
        for (ReminderContact contact : accounts.reminderContacts()) {
            if (contact.frequency() == ReminderContact.Frequency.KHONG) {
                continue;
            }
            UserScope scope = ((ChuanUser) accounts.loadUserByUsername(contact.username())).scope();
            List<DueItem> theirs = all.stream().filter(i -> scope.covers(paths.computeIfAbsent(i.unitId(), this::pathOf))).toList();
            List<SentItem> sent = repository.sentTo(contact.username());
            closed += closeDone(contact.username(), sent, theirs, today);
            int made = digest(contact, periodKey(contact.frequency(), today), theirs, sent);
            if (made > 0) {
                digests++;
                items += made;
            }
        }
        int mailed = 0;
        int failed = 0;
        for (Digest digest : repository.toSend(MAX_ATTEMPTS)) {
            if (send(digest)) {
                mailed++;
            } else {
                failed++;
            }
        }
        log.info("Reminders: {} digests ({} items), {} mailed, {} failed, {} items found done", digests, items, mailed, failed, closed);
        return new Run(digests, items, mailed, failed, closed);
    }

    /** The period a digest belongs to: the day, or the ISO week. */
    static String periodKey(ReminderContact.Frequency frequency, LocalDate today) {
        return frequency == ReminderContact.Frequency.HANG_NGAY ? today.toString()
                : today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The officer's digest of this period with the items no earlier digest held; the number of items, 0 when none was made. */
    private int digest(ReminderContact contact, String periodKey, List<DueItem> theirs, List<SentItem> sent) {
        if (repository.hasDigest(contact.username(), periodKey)) {
            return 0;
        }
        Set<String> keys = sent.stream().map(SentItem::key).collect(Collectors.toSet());
        List<DueItem> fresh = theirs.stream().filter(i -> !keys.contains(i.key())).toList();
        if (fresh.isEmpty()) {
            return 0;
        }
        MailStatus status = mailConfigured() && contact.email() != null ? MailStatus.CHO_GUI : MailStatus.KHONG_GUI;
        try {
            transaction.executeWithoutResult(s -> {
                long id = repository.insertDigest(contact.username(), periodKey, LocalDateTime.now(clock), fresh.size(), contact.email(), status);
                repository.insertItems(id, contact.username(), fresh);
            });
        } catch (DuplicateKeyException another) {
            // Another run (or instance) made this period's digest first: the unique keys keep one.
            return 0;
        }
        return fresh.size();
    }

    /** Items sent earlier, still within the look-back, that the record no longer gives: done (the raise, the retirement … recorded). */
    private int closeDone(String username, List<SentItem> sent, List<DueItem> theirs, LocalDate today) {
        Set<String> current = theirs.stream().map(DueItem::key).collect(Collectors.toSet());
        List<SentItem> done = sent.stream()
                .filter(i -> i.closedOn() == null && !current.contains(i.key()) && !i.date().isBefore(today.minusYears(1))).toList();
        if (done.isEmpty()) {
            return 0;
        }
        transaction.executeWithoutResult(s -> {
            List<AuditEvent> events = new ArrayList<>();
            repository.close(done.stream().map(SentItem::id).toList(), today);
            for (SentItem item : done) {
                events.add(AuditEvent.of("DUE_ITEM", item.id(), "DUE_DONE").person(item.personId())
                        .summary(Messages.text("due.reminders.done", item.kind().label(), Dates.format(item.date()), username))
                        .change(Messages.text("due.reminders.state"), Messages.text("due.reminders.stateDue"),
                                Messages.text("due.reminders.stateDone"))
                        .build());
            }
            audit.recordAll(events);
        });
        return done.size();
    }

    private boolean send(Digest digest) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || digest.email() == null) {
            return false;
        }
        List<SentItem> items = repository.itemsOf(List.of(digest.id()));
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(this.sender);
            helper.setTo(digest.email());
            helper.setSubject(Messages.text("due.reminders.subject", items.size(), digest.periodKey()));
            helper.setText(body(digest, items), false);
            sender.send(message);
            repository.sent(digest.id(), LocalDateTime.now(clock));
            return true;
        } catch (Exception e) {
            log.warn("Reminder digest {} to {} not sent: {}", digest.id(), digest.username(), e.getMessage());
            repository.failed(digest.id(), e.getClass().getSimpleName() + ": " + e.getMessage());
            return false;
        }
    }

    /** The mail: one line per item (date, what, person, unit, detail), then where to see them. */
    private String body(Digest digest, List<SentItem> items) {
        StringBuilder text = new StringBuilder(Messages.text("due.reminders.greeting", digest.username())).append("\n\n");
        for (SentItem i : items) {
            text.append(Messages.text("due.reminders.line", Dates.format(i.date()), i.kind().label(), i.personCode(), i.personName(),
                    i.unitName(), i.detail())).append('\n');
        }
        text.append('\n').append(Messages.text("due.reminders.footer", baseUrl.isBlank() ? "/nhac-viec" : baseUrl + "/nhac-viec"));
        return text.toString();
    }

    /** The reader's latest digests; items outside their scope today (it may have narrowed since) are left out. */
    public List<Shown> digestsOf(ChuanUser user, int limit) {
        List<Digest> digests = repository.digestsOf(user.getUsername(), limit);
        Map<Long, List<SentItem>> items = repository.itemsOf(digests.stream().map(Digest::id).toList()).stream()
                .filter(i -> user.scope().covers(i.unitPath())).collect(Collectors.groupingBy(SentItem::digestId));
        return digests.stream().map(d -> new Shown(d, items.getOrDefault(d.id(), List.of()))).toList();
    }

    /** The administrators' view: the latest digests of everyone, with their mail status (no items: those are each officer's). */
    public List<Digest> latest(int limit) {
        return repository.latest(limit);
    }

    /** The number of items in the reader's unread digests (the bell). */
    public int unread(String username) {
        return repository.unread(username);
    }

    public void markRead(String username) {
        repository.markRead(username, LocalDateTime.now(clock));
    }

    private String pathOf(long unitId) {
        return units.find(new UnitId(unitId)).map(Unit::path).orElse("");
    }
}
