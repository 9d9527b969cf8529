package vn.chuan.people;

import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import vn.chuan.shared.Dates;
import vn.chuan.shared.Messages;
import vn.chuan.shared.VietnameseText;

final class FormDates {

    private FormDates() {
    }

    /** A date from a form field, or null (blank); an unreadable date is an error on that field. */
    static LocalDate parse(String text, String field, BindingResult errors) {
        if (VietnameseText.isBlank(text)) {
            return null;
        }
        return Dates.parse(text).orElseGet(() -> {
            errors.rejectValue(field, "invalidDate", Messages.text("people.ngay-khong-hop-le-hay-nhap"));
            return null;
        });
    }
}
