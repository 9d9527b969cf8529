package vn.chuan.training;

/** Where a place ("lượt") stands. */
public enum EnrolmentStatus {
    DANG_KY("Đã đăng ký"),
    DANG_HOC("Đang học"),
    HOAN_THANH("Hoàn thành"),
    BO_HOC("Bỏ học");

    private final String label;

    EnrolmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
