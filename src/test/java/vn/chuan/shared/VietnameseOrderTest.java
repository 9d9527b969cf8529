package vn.chuan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

class VietnameseOrderTest {

    private static final List<String> NAMES = List.of("Trần Văn Đức", "Nguyễn Văn Dũng", "Lê Thị Ân", "Phạm Văn Anh", "Hoàng Văn An",
            "Lý Xuân Bình", "Lý Đức Bình", "Hà Thị Hà", "Hoàng Thị Ha", "Vũ Văn Ơn", "Đỗ Thị Oanh");

    @Test
    void peopleAreListedByGivenNameInTheVietnameseAlphabetThenByFamilyAndMiddleNames() {
        List<String> sorted = NAMES.stream().sorted(VietnameseOrder.givenNameOrder()).toList();
        assertThat(sorted).containsExactly("Hoàng Văn An", "Phạm Văn Anh", "Lê Thị Ân", "Lý Đức Bình", "Lý Xuân Bình", "Nguyễn Văn Dũng",
                "Trần Văn Đức", "Hoàng Thị Ha", "Hà Thị Hà", "Đỗ Thị Oanh", "Vũ Văn Ơn");
    }

    @Test
    void theStoredKeysOrderAsTheCollatorDoesWhenComparedAsPlainText() {
        assertThat(NAMES.stream().sorted(Comparator.comparing(VietnameseOrder::givenNameKey)).toList())
                .isEqualTo(NAMES.stream().sorted(VietnameseOrder.givenNameOrder()).toList());
        assertThat(NAMES.stream().sorted(Comparator.comparing(VietnameseOrder::fullNameKey)).toList())
                .startsWith("Đỗ Thị Oanh", "Hà Thị Hà", "Hoàng Thị Ha", "Hoàng Văn An").endsWith("Vũ Văn Ơn");
    }

    @Test
    void textSuchAsUnitNamesSortsWithDAfterDAndTonesAfterTheBareLetter() {
        assertThat(List.of("Xã Đông Sơn", "Xã Dương Phong", "Xã Hà Vị", "Xã Hoà Mục", "Xã Ha Long").stream().sorted(VietnameseOrder::byText))
                .containsExactly("Xã Dương Phong", "Xã Đông Sơn", "Xã Ha Long", "Xã Hà Vị", "Xã Hoà Mục");
    }
}
