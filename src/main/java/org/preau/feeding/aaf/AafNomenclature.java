package org.preau.feeding.aaf;

import org.jspecify.annotations.Nullable;
import org.preau.feeding.source.SourceMef;
import org.preau.feeding.source.SourceStructure;
import org.preau.feeding.source.SourceSubject;

/** Reads the records that are not persons: structures, subjects and MEF levels. */
final class AafNomenclature {

    static final String MISSING_FIELD = "import.error.missingField";
    static final String UNSUPPORTED_DELETE = "import.warning.unsupportedDelete";

    private AafNomenclature() {
    }

    static void read(AafRecord record, AafKind kind, AafFileResult out) {
        if (record.request() == AafRecord.Request.DELETE) {
            out.warn(record.line(), UNSUPPORTED_DELETE, kind.name(), record.id());
            return;
        }
        switch (kind) {
            case STRUCTURE -> structure(record, out);
            case SUBJECT -> subject(record, out);
            case MEF -> mef(record, out);
            default -> throw new IllegalArgumentException("not a nomenclature: " + kind);
        }
    }

    private static void structure(AafRecord record, AafFileResult out) {
        String id = orId(record.first("ENTStructureJointure"), record);
        if (id == null) {
            out.reject(record.line(), "ENTStructureJointure", MISSING_FIELD, "ENTStructureJointure");
            return;
        }
        if (!out.firstTime("structure", id, "ENTStructureJointure", record.line())) {
            return;
        }
        String uai = record.first("ENTStructureUAI");
        if (uai == null) {
            uai = record.first("ENTEtablissementUAI");
        }
        String name = record.first("ENTStructureNomCourant");
        if (name == null) {
            name = uai == null ? id : uai;
        }
        String type = StructureTypes.of(record.first("ENTStructureTypeStruct"), name);
        out.add(new SourceStructure(id, uai, name, type, record.first("ENTEtablissementStructRattachFctl"),
                out.origin(record.line())));
    }

    private static void subject(AafRecord record, AafFileResult out) {
        String code = orId(record.first("ENTMatJointure"), record);
        String label = record.first("ENTLibelleMatiere");
        if (code == null || label == null) {
            String field = code == null ? "ENTMatJointure" : "ENTLibelleMatiere";
            out.reject(record.line(), field, MISSING_FIELD, field);
        } else if (out.firstTime("subject", code, "ENTMatJointure", record.line())) {
            out.add(new SourceSubject(code, label, null, out.origin(record.line())));
        }
    }

    private static void mef(AafRecord record, AafFileResult out) {
        String code = orId(record.first("ENTMefJointure"), record);
        String label = record.first("ENTLibelleMef");
        if (code == null || label == null) {
            String field = code == null ? "ENTMefJointure" : "ENTLibelleMef";
            out.reject(record.line(), field, MISSING_FIELD, field);
        } else if (out.firstTime("mef", code, "ENTMefJointure", record.line())) {
            out.add(new SourceMef(code, label, out.origin(record.line())));
        }
    }

    private static @Nullable String orId(@Nullable String value, AafRecord record) {
        return value != null ? value : record.id().isEmpty() ? null : record.id();
    }
}
