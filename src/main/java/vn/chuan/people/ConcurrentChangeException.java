package vn.chuan.people;

/** A save based on an outdated version: somebody else saved first. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException() {
        super("Hồ sơ này vừa được người khác thay đổi sau khi bạn mở nó. Thay đổi của bạn chưa được lưu: "
                + "hãy tải lại trang để xem dữ liệu mới nhất rồi sửa lại.");
    }
}
