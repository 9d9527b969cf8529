package vn.chuan.positions;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import vn.chuan.shared.Messages;

/** No such job position in the user's scope: answered as "not found", like a person outside it. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class JobPositionNotFoundException extends InvalidPositionException {

    public JobPositionNotFoundException(long id) {
        super(Messages.text("positions.notFound", id));
    }
}
