package org.preau.directory;

/** An administration function: local admin of one structure (ADML) or central admin (ADMC). */
public enum AdminFunction {
    LOCAL_ADMIN, CENTRAL_ADMIN
}
