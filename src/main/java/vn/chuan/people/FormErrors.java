package vn.chuan.people;

import java.util.function.Supplier;

import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

final class FormErrors {

    private FormErrors() {
    }

    /** Runs a command constructor; a refusal becomes an error on the field it names. */
    static <T> T capture(BindingResult errors, Supplier<T> command) {
        try {
            return command.get();
        } catch (InvalidPersonDataException e) {
            reject(errors, e);
            return null;
        }
    }

    static void reject(BindingResult errors, InvalidPersonDataException e) {
        if (!e.field().isEmpty() && errors.getTarget() != null
                && BeanUtils.getPropertyDescriptor(errors.getTarget().getClass(), e.field()) != null) {
            errors.rejectValue(e.field(), "invalid", e.getMessage());
        } else {
            errors.reject("invalid", e.getMessage());
        }
    }
}
