package vn.chuan.units;

import vn.chuan.shared.Refusal;

/** A code written without its leading zeros that matches two units (a province "04" and a district "004" …). */
public class AmbiguousUnitCodeException extends Refusal {

    public AmbiguousUnitCodeException(String message) {
        super(message);
    }
}
