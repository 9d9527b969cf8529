package vn.chuan.recruitment;

/** The grade of a graduate's degree (xếp loại tốt nghiệp). */
public enum DegreeClass {
    XUAT_SAC("Xuất sắc"), GIOI("Giỏi"), KHA("Khá"), TRUNG_BINH_KHA("Trung bình khá"), TRUNG_BINH("Trung bình");

    private final String label;

    DegreeClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "Loại giỏi trở lên", as the target says. */
    public boolean excellent() {
        return this == XUAT_SAC || this == GIOI;
    }
}
