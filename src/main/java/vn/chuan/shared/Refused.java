package vn.chuan.shared;

/**
 * An exception that refuses what the user asked, with a message written for them in Vietnamese:
 * a user's mistake, never a server error. Every module's refusal implements it, so that one
 * handler answers any refusal a controller did not catch (400 on a page, 422 from the API).
 */
public interface Refused {

    String getMessage();
}
