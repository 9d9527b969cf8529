package vn.chuan.api;

/** A request parameter or body field the API cannot use; answered 422 naming the field. */
class ApiInputException extends RuntimeException {

    private final String field;

    ApiInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
