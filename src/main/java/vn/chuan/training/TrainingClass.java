package vn.chuan.training;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A class of a programme: dates, place, seats, cost per place and funding; {@code enrolled} places taken. */
public record TrainingClass(long id, Programme programme, String code, LocalDate startsOn, LocalDate endsOn, String place, int seats,
        BigDecimal costPerPlace, Funding funding, int enrolled) {

    public int freeSeats() {
        return Math.max(0, seats - enrolled);
    }

    /** What a new class is made of. */
    public record Definition(long programmeId, String code, LocalDate startsOn, LocalDate endsOn, String place, int seats,
            BigDecimal costPerPlace, Funding funding) {
    }
}
