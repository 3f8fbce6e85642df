package org.preau.timeline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.preau.platform.PersonId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signed unsubscribe links of digests (HMAC-SHA256 of person and type), usable without logging in.
 * The key is {@code PREAU_TIMELINE_KEY} (base64), or one made once and kept in the database so that
 * every node signs alike.
 */
@Component
class UnsubscribeLinks {

    private final JdbcClient jdbc;
    private final String configured;
    private final String base;
    private volatile byte[] key = new byte[0];

    UnsubscribeLinks(JdbcClient jdbc, @Value("${preau.timeline.unsubscribe-key:}") String configured,
            @Value("${preau.public-url:http://localhost:8080}") String base) {
        this.jdbc = jdbc;
        this.configured = configured;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String link(PersonId person, String type) {
        return UriComponentsBuilder.fromUriString(base + "/timeline/unsubscribe").queryParam("p", person)
                .queryParam("t", type).queryParam("s", sign(person + "|" + type)).build().encode().toUriString();
    }

    String absolute(String path) {
        return base + path;
    }

    /** The person, when the signature is right. */
    Optional<PersonId> check(String person, String type, String signature) {
        try {
            PersonId id = PersonId.of(person);
            boolean valid = MessageDigest.isEqual(sign(id + "|" + type).getBytes(StandardCharsets.US_ASCII),
                    signature.getBytes(StandardCharsets.US_ASCII));
            return valid ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        if (key.length == 0) {
            if (!configured.isBlank()) {
                key = Base64.getDecoder().decode(configured.strip());
            } else {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                jdbc.sql("insert into timeline.signing_key (id, secret) values (1, :s) on conflict (id) do nothing")
                        .param("s", fresh).update();
                key = jdbc.sql("select secret from timeline.signing_key where id = 1").query(byte[].class).single();
            }
        }
        return key;
    }
}
