package org.preau.feeding.aaf;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of AAF records, told by the {@code operationalAttributes} category of each record
 * ({@code categoriePersonne}, {@code categorieStructure}, {@code categorieMatiere}, {@code categorieMef}),
 * or by the file name when a record carries none.
 */
enum AafKind {
    STRUCTURE("EtabEducNat", "_EtabEducNat_"),
    STUDENT("Eleve", "_Eleve_"),
    STAFF("PersEducNat", "_PersEducNat_"),
    TEACHER("Enseignant", "_Enseignant_"),
    RELATIVE("PersRelEleve", "_PersRelEleve_"),
    SUBJECT("MatEducNat", "_MatiereEducNat_"),
    MEF("MefEducNat", "_MefEducNat_");

    private final String category;
    private final String fileNamePart;

    AafKind(String category, String fileNamePart) {
        this.category = category;
        this.fileNamePart = fileNamePart;
    }

    static Optional<AafKind> of(String category, String fileName) {
        for (AafKind kind : values()) {
            if (kind.category.equalsIgnoreCase(category)) {
                return Optional.of(kind);
            }
        }
        if (!category.isEmpty()) {
            return Optional.empty();
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        for (AafKind kind : values()) {
            if (name.contains(kind.fileNamePart.toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    boolean isPerson() {
        return this == STUDENT || this == STAFF || this == TEACHER || this == RELATIVE;
    }
}
