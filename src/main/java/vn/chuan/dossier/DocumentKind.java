package vn.chuan.dossier;

import vn.chuan.shared.Messages;

/** What a scanned document is; the latest portrait photo (ANH_THE) is the 2C's photo. */
public enum DocumentKind {
    QUYET_DINH("dossier.documentKind.decision"),
    VAN_BANG("dossier.documentKind.diploma"),
    CHUNG_CHI("dossier.documentKind.certificate"),
    ANH_THE("dossier.documentKind.photo"),
    KHAC("dossier.documentKind.other");

    private final String code;

    DocumentKind(String code) {
        this.code = code;
    }

    public String label() {
        return Messages.text(code);
    }
}
