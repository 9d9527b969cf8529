package vn.chuan.imports;

import java.util.Optional;

import vn.chuan.shared.Dimension;
import vn.chuan.shared.VietnameseText;

/** The columns of the interchange format (DESIGN.md): Vietnamese header, ASCII key, required or not. */
public enum InterchangeColumn {
    MA_CAN_BO("Mã cán bộ", "ma_can_bo", true, null),
    HO_TEN("Họ và tên", "ho_ten", true, null),
    NGAY_SINH("Ngày sinh", "ngay_sinh", true, null),
    GIOI_TINH("Giới tính", "gioi_tinh", true, null),
    DAN_TOC("Dân tộc", "dan_toc", true, null),
    SO_CCCD("Số CCCD", "so_cccd", false, null),
    MA_DON_VI("Mã đơn vị", "ma_don_vi", true, null),
    LOAI("Loại", "loai", true, null),
    CHUC_DANH("Chức danh", "chuc_danh", true, null),
    /** Titles held beside the principal one (kiêm nhiệm), separated by ";", each from Ngày bắt đầu. */
    CHUC_DANH_KIEM_NHIEM("Chức danh kiêm nhiệm", "chuc_danh_kiem_nhiem", false, null),
    NGAY_BAT_DAU("Ngày bắt đầu", "ngay_bat_dau", false, null),
    DANG_VIEN("Đảng viên", "dang_vien", false, null),
    VAN_HOA("Trình độ văn hóa", "van_hoa", false, Dimension.GENERAL_EDUCATION),
    CHUYEN_MON("Trình độ chuyên môn", "chuyen_mon", false, Dimension.PROFESSIONAL),
    CHUYEN_NGANH("Chuyên ngành", "chuyen_nganh", false, null),
    LLCT("Lý luận chính trị", "llct", false, Dimension.POLITICAL_THEORY),
    QLNN("Quản lý nhà nước", "qlnn", false, Dimension.STATE_MANAGEMENT),
    TIN_HOC("Tin học", "tin_hoc", false, Dimension.IT),
    NGOAI_NGU("Ngoại ngữ", "ngoai_ngu", false, Dimension.FOREIGN_LANGUAGE),
    TIENG_DAN_TOC("Tiếng dân tộc", "tieng_dan_toc", false, Dimension.ETHNIC_LANGUAGE),
    QPAN("Quốc phòng - an ninh", "qpan", false, Dimension.DEFENCE_SECURITY);

    private final String header;
    private final String key;
    private final boolean required;
    private final Dimension dimension;

    InterchangeColumn(String header, String key, boolean required, Dimension dimension) {
        this.header = header;
        this.key = key;
        this.required = required;
        this.dimension = dimension;
    }

    public String header() {
        return header;
    }

    public String key() {
        return key;
    }

    public boolean required() {
        return required;
    }

    /** The dimension whose level this column holds, if it is a level column. */
    public Optional<Dimension> dimension() {
        return Optional.ofNullable(dimension);
    }

    /** Recognises a header cell by label or key, in any case, with or without diacritics. */
    public static Optional<InterchangeColumn> byHeader(String text) {
        String wanted = VietnameseText.key(text);
        for (InterchangeColumn c : values()) {
            // The header, the key, or the key's words ("chuyen mon" under a group header "Trình độ").
            if (wanted.equals(VietnameseText.key(c.header)) || wanted.equals(VietnameseText.key(c.key))
                    || wanted.equals(c.key.replace('_', ' '))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
