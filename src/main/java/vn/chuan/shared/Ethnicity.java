package vn.chuan.shared;

import java.util.List;
import java.util.Optional;

/** The 54 ethnic groups of Viet Nam; everything but Kinh counts as dân tộc thiểu số. */
public final class Ethnicity {

    public static final String KINH = "Kinh";

    public static final List<String> ALL = List.of(
            "Kinh", "Tày", "Thái", "Mường", "Khmer", "Hoa", "Nùng", "H'Mông", "Dao", "Gia Rai",
            "Ê Đê", "Ba Na", "Sán Chay", "Chăm", "Cơ Ho", "Xơ Đăng", "Sán Dìu", "Hrê", "Ra Glai", "Mnông",
            "Thổ", "Stiêng", "Khơ Mú", "Bru - Vân Kiều", "Cơ Tu", "Giáy", "Tà Ôi", "Mạ", "Giẻ Triêng", "Co",
            "Chơ Ro", "Xinh Mun", "Hà Nhì", "Chu Ru", "Lào", "La Chí", "Kháng", "Phù Lá", "La Hủ", "La Ha",
            "Pà Thẻn", "Lự", "Ngái", "Chứt", "Lô Lô", "Mảng", "Cơ Lao", "Bố Y", "Cống", "Si La",
            "Pu Péo", "Rơ Măm", "Brâu", "Ơ Đu");

    private Ethnicity() {
    }

    public static Optional<String> parse(String text) {
        String key = compact(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (key.equals("mong") || key.equals("hmong") || key.equals("meo")) {
            return Optional.of("H'Mông");
        }
        if (key.equals("viet")) {
            return Optional.of(KINH);
        }
        return ALL.stream().filter(e -> compact(e).equals(key)).findFirst();
    }

    public static boolean isMinority(String ethnicity) {
        return !KINH.equals(ethnicity);
    }

    private static String compact(String text) {
        return VietnameseText.key(text).replace(" ", "");
    }
}
