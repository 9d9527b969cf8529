package vn.chuan.api;

import java.util.List;
import java.util.function.Function;

import vn.chuan.shared.PageOf;

/** A page of a longer list; {@code page} counts from 0, as in the request. */
record ApiPage<T>(List<T> items, int page, int size, long total, int totalPages) {

    static <S, T> ApiPage<T> of(PageOf<S> page, Function<S, T> mapping) {
        return new ApiPage<>(page.items().stream().map(mapping).toList(), page.page(), page.size(), page.total(), page.pageCount());
    }
}
