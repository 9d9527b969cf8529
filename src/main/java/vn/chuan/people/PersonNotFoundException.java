package vn.chuan.people;

/** No such person, or not in the caller's scope: both look the same to the caller on purpose. */
public class PersonNotFoundException extends RuntimeException {

    public PersonNotFoundException(long id) {
        super("Không tìm thấy hồ sơ số " + id + " trong phạm vi đơn vị của bạn.");
    }
}
