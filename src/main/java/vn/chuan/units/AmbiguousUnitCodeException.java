package vn.chuan.units;

import vn.chuan.shared.Refused;

/** A code written without its leading zeros that matches two units (a province "04" and a district "004" …). */
public class AmbiguousUnitCodeException extends RuntimeException implements Refused {

    public AmbiguousUnitCodeException(String message) {
        super(message);
    }
}
