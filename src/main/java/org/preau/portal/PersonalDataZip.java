package org.preau.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.preau.platform.personaldata.PersonalDataExport;

import tools.jackson.databind.ObjectWriter;

/**
 * The entries one part writes into the export's zip, inside its folder. A JSON document is
 * rendered before its entry opens, so a failing part never leaves half a document behind.
 */
final class PersonalDataZip implements PersonalDataExport {

    private final ZipOutputStream zip;
    private final ObjectWriter json;
    private final String folder;
    private final Set<String> taken = new HashSet<>();
    private int entries;

    PersonalDataZip(ZipOutputStream zip, ObjectWriter json, String folder) {
        this.zip = zip;
        this.json = json;
        this.folder = folder.isEmpty() ? "" : safe(folder, "part") + "/";
    }

    @Override
    public void json(String name, Object value) {
        byte[] bytes = json.writeValueAsBytes(value);
        try {
            write(unique(safe(name, "data") + ".json"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void file(String name, InputStream content) throws IOException {
        try (content) {
            zip.putNextEntry(new ZipEntry(folder + unique(path(name))));
            content.transferTo(zip);
            zip.closeEntry();
            entries++;
        }
    }

    /** Writes an entry of known bytes (README, errors). */
    void write(String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(folder + name));
        zip.write(bytes);
        zip.closeEntry();
        entries++;
    }

    int entries() {
        return entries;
    }

    /** The name, made unique in the folder: {@code photo.jpg}, {@code photo (2).jpg}... */
    private String unique(String name) {
        if (taken.add(name.toLowerCase(java.util.Locale.ROOT))) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int i = 2;; i++) {
            String candidate = base + " (" + i + ")" + extension;
            if (taken.add(candidate.toLowerCase(java.util.Locale.ROOT))) {
                return candidate;
            }
        }
    }

    /** A path inside the part's folder ({@code attachments/<id>/name.pdf}): each segment made safe, never {@code ..}. */
    static String path(String name) {
        var segments = java.util.Arrays.stream(name.split("/")).filter(s -> !s.isBlank())
                .map(s -> safe(s, "file")).toList();
        return segments.isEmpty() ? "file" : String.join("/", segments);
    }

    /** A file name without folders, control characters or characters Windows refuses. */
    static String safe(String name, String fallback) {
        String cleaned = name.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1);
        }
        if (cleaned.length() > 120) {
            cleaned = cleaned.substring(0, 120);
        }
        return cleaned.isBlank() ? fallback : cleaned;
    }
}
