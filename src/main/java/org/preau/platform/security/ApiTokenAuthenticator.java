package org.preau.platform.security;

import java.util.Optional;

import org.preau.platform.PreauUser;

/** Turns the token of an {@code Authorization: Bearer} header into the person it was issued to. */
public interface ApiTokenAuthenticator {

    /** The person, if the token is valid now (known, not expired nor revoked, the person still active). */
    Optional<PreauUser> authenticate(String token);

    /**
     * Whether the token's scopes let it send this request ({@code path} without the context
     * path); a token that may not is answered 403, whatever its owner's rights.
     */
    default boolean allows(String token, String method, String path) {
        return true;
    }
}
