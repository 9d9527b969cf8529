package vn.chuan.targets;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such target, or not one the user may see: answered 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class TargetNotFoundException extends RuntimeException {
}
