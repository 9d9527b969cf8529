package vn.chuan.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Each name as written and as folded, with the other names people use: every person read is parsed. */
    private static final Map<String, String> BY_KEY = new HashMap<>();

    static {
        for (String name : ALL) {
            BY_KEY.put(name, name);
            BY_KEY.put(compact(name), name);
        }
        for (String other : List.of("mong", "hmong", "meo")) {
            BY_KEY.put(other, "H'Mông");
        }
        BY_KEY.put("viet", KINH);
    }

    private Ethnicity() {
    }

    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String exact = BY_KEY.get(text);
        return Optional.ofNullable(exact != null ? exact : BY_KEY.get(compact(text)));
    }

    public static boolean isMinority(String ethnicity) {
        return !KINH.equals(ethnicity);
    }

    private static String compact(String text) {
        return VietnameseText.key(text).replace(" ", "");
    }
}
