package vn.chuan.api;

/** No such unit, round or class in the caller's scope; answered 404. */
class ApiNotFoundException extends RuntimeException {

    ApiNotFoundException(String message) {
        super(message);
    }
}
