package vn.chuan.api;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.chuan.audit.ChangeFeed;
import vn.chuan.people.PersonRegistry;
import vn.chuan.security.ChuanUser;
import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;

/**
 * "What changed since": every change to a person's record in commit order, with the changed fields,
 * so another system keeps in step by following {@code nextCursor}. Entries about people outside the
 * caller's scope are skipped, but the cursor still moves past them.
 */
@RestController
@RequestMapping("/api/v1/changes")
@Tag(name = "Thay đổi", description = "Dòng thay đổi hồ sơ theo thứ tự ghi, có con trỏ")
class ChangesApi {

    private static final int MAX_LIMIT = 500;
    private static final int MAX_ROUNDS = 20;

    private final ChangeFeed feed;
    private final PersonRegistry registry;

    ChangesApi(ChangeFeed feed, PersonRegistry registry) {
        this.feed = feed;
        this.registry = registry;
    }

    record Field(String field, String oldValue, String newValue) {
    }

    record Change(String cursor, long personId, String kind, LocalDateTime occurredAt, LocalDateTime committedAt, String actor,
            String action, String summary, List<Field> fields) {
    }

    record Changes(List<Change> items, String nextCursor, boolean more) {
    }

    @GetMapping
    @Operation(summary = "Các thay đổi sau con trỏ (after) hoặc từ một thời điểm (since)",
            description = "Không có after và since: từ đầu. Đọc tiếp bằng after=nextCursor cho đến khi more=false; "
                    + "không thay đổi nào bị bỏ sót hay lặp lại giữa các trang, kể cả khi đang có người ghi. "
                    + "kind: CREATED (thêm hồ sơ), CHANGED (sửa), LEFT (nghỉ hưu, thôi việc).")
    Changes changes(@AuthenticationPrincipal ChuanUser user,
            @Parameter(description = "Con trỏ nextCursor của trang trước") @RequestParam(required = false) String after,
            @Parameter(description = "yyyy-MM-ddTHH:mm:ss hoặc yyyy-MM-dd (giờ Việt Nam)") @RequestParam(required = false) String since,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiInputException("limit", Messages.text("api.changes.limit", MAX_LIMIT));
        }
        ChangeFeed.Cursor cursor = start(after, since);
        List<Change> items = new ArrayList<>();
        boolean more = false;
        for (int round = 0; round < MAX_ROUNDS && items.size() < limit; round++) {
            List<ChangeFeed.Entry> entries = feed.after(cursor, limit - items.size());
            if (entries.isEmpty()) {
                more = false;
                break;
            }
            Set<Long> visible = registry.visibleAmong(user.scope(), entries.stream().map(ChangeFeed.Entry::personId).distinct().toList());
            for (ChangeFeed.Entry e : entries) {
                if (visible.contains(e.personId())) {
                    items.add(new Change(e.cursor().toString(), e.personId(), e.kind().name(), e.occurredAt(), e.committedAt(), e.actor(),
                            e.action(), e.summary(), e.changes().stream().map(c -> new Field(c.field(), c.oldValue(), c.newValue())).toList()));
                }
            }
            cursor = entries.get(entries.size() - 1).cursor();
            more = true;
        }
        if (more) {
            more = !feed.after(cursor, 1).isEmpty();
        }
        return new Changes(items, cursor.toString(), more);
    }

    private ChangeFeed.Cursor start(String after, String since) {
        if (after != null && !after.isBlank()) {
            return ChangeFeed.Cursor.parse(after.strip()).orElseThrow(() -> new ApiInputException("after",
                    Messages.text("api.changes.badCursor", after)));
        }
        if (since != null && !since.isBlank()) {
            String text = since.strip();
            try {
                return feed.since(text.length() > 10 ? LocalDateTime.parse(text)
                        : Dates.parse(text).orElseThrow(IllegalArgumentException::new).atStartOfDay());
            } catch (RuntimeException e) {
                throw new ApiInputException("since", Messages.text("api.changes.badSince", since));
            }
        }
        return ChangeFeed.Cursor.START;
    }
}
