package vn.chuan.dossier;

import vn.chuan.shared.Messages;

/** What a scanned document is; the latest portrait photo (ANH_THE) is the 2C's photo. */
public enum DocumentKind {
    QUYET_DINH, VAN_BANG, CHUNG_CHI, ANH_THE, KHAC;

    public String label() {
        return Messages.text("dossier.documentKind." + name());
    }
}
