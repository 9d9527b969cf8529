package vn.chuan.security;

import vn.chuan.units.UnitId;

/** Signed-in users for web-slice tests, which have no account table to load them from. */
public final class TestUsers {

    private TestUsers() {
    }

    /** A commune officer who may change the records of unit {@code unitId} (path {@code path}). */
    public static ChuanUser communeOfficer(long unitId, String path) {
        return new ChuanUser(1, "xa", "Công chức xã", "", Role.COMMUNE, new UserScope(new UnitId(unitId), path, true), "Xã thử", true, false);
    }
}
