package vn.chuan.dossier;

import vn.chuan.shared.Refusal;

/** What the personnel file refuses: the field at fault (or null) and the reason, in Vietnamese. */
public class InvalidDossierException extends Refusal {

    public InvalidDossierException(String field, String message) {
        super(field, message);
    }

    public InvalidDossierException(String field, String message, String source) {
        super(field, message, source);
    }
}
