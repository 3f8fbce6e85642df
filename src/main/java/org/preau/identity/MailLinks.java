package org.preau.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses put in mails, made from the configured public address of Préau
 * ({@code preau.public-url}, e.g. {@code PREAU_PUBLIC_URL}), never from the request's
 * {@code Host}: a forged header must not send a reset link to another server.
 */
@Component
class MailLinks {

    private final String base;

    MailLinks(@Value("${preau.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute address of a page of Préau, e.g. {@code to("/account/password")}. */
    String to(String path) {
        return base + path;
    }

    /** The absolute address of a page with a token, e.g. {@code withToken("/login/reset", token)}. */
    String withToken(String path, String token) {
        return UriComponentsBuilder.fromUriString(base + path).queryParam("token", token).build().toUriString();
    }
}
