package vn.chuan.training;

/** Who pays for a class's places. */
public enum Funding {
    NGAN_SACH("Ngân sách nhà nước"),
    TU_TUC("Tự túc"),
    KHAC("Nguồn khác");

    private final String label;

    Funding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
