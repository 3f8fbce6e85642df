package org.preau.moderation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.preau.platform.PersonId;
import org.preau.platform.reporting.Evidence;

/**
 * The SHA-256 of an evidence's fields, each length-prefixed so that no two contents share a
 * text: shown with the evidence, it proves the copy was not changed since it was taken.
 */
final class EvidenceHash {

    private EvidenceHash() {
    }

    static String of(String type, UUID target, Evidence evidence) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] { type, target.toString(),
                evidence.author() == null ? "" : evidence.author().toString(), evidence.authorName(), evidence.title(),
                evidence.text(), evidence.createdAt().toString(),
                String.join(",", evidence.recipients().stream().map(PersonId::toString).sorted().toList()) }) {
            text.append(field.length()).append(':').append(field).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
