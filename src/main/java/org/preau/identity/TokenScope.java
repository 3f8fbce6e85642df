package org.preau.identity;

import java.util.Set;

/**
 * What a personal access token may do on the API. {@code READ} reads (GET) everything but the
 * administration; {@code MESSAGING} and {@code DIARY} also write in the messagerie and the
 * cahier de textes; {@code ADMIN} does everything the person's rights allow, administration
 * ({@code /api/v1/admin}, {@code /api/v1/imports}) included. The person's rights still decide
 * after the scope: a scope never gives a right.
 */
public enum TokenScope {
    READ, MESSAGING, DIARY, ADMIN;

    /** Whether a token with these scopes may send this request ({@code path} without the context path). */
    static boolean permit(Set<TokenScope> scopes, String method, String path) {
        if (scopes.contains(ADMIN)) {
            return true;
        }
        boolean reads = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        if (under(path, "/api/v1/admin") || under(path, "/api/v1/imports")) {
            return false;
        }
        if (under(path, "/api/v1/messages")) {
            return scopes.contains(MESSAGING) || reads && scopes.contains(READ);
        }
        if (under(path, "/api/v1/diary")) {
            return scopes.contains(DIARY) || reads && scopes.contains(READ);
        }
        return reads && scopes.contains(READ);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
