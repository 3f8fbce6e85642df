package org.preau.feeding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.directory.Directory;
import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.directory.SyncModel;
import org.preau.directory.SyncModel.SyncStructure;
import org.preau.feeding.ImportRepository.StoredFile;
import org.preau.feeding.ImportViews.ImportView;
import org.preau.feeding.ImportViews.Kind;
import org.preau.feeding.aaf.AafReader;
import org.preau.feeding.csv.ColumnMapping;
import org.preau.feeding.csv.CsvReader;
import org.preau.feeding.source.SourceBatch;
import org.preau.feeding.source.SourceProfile;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads an import's stored files with the AAF or CSV reader. */
@Component
class ImportParser {

    /** Rejections that make a whole file unreadable: then nothing of the import may be applied. */
    private static final Set<String> FATAL = Set.of("import.error.wrongKind", "import.error.malformedXml",
            "import.error.forbiddenDoctype", "import.error.unreadableFile", "import.error.emptyFile",
            "import.error.missingColumn", "import.error.unterminatedQuote");

    /** What the files said, the register they come from, and whether any file was unreadable. */
    record Parsed(SourceBatch source, String register, List<SyncStructure> extraStructures, boolean unusable) {
    }

    private final Directory directory;
    private final JsonMapper json;

    ImportParser(Directory directory, JsonMapper json) {
        this.directory = directory;
        this.json = json;
    }

    Parsed parse(ImportView view, List<StoredFile> files, @Nullable String mapping) {
        SourceBatch source = view.kind() == Kind.AAF ? aaf(files) : csv(view, files, mapping);
        boolean unusable = source.rejected().stream().anyMatch(r -> FATAL.contains(r.messageKey()))
                || source.persons().isEmpty() && source.structures().isEmpty();
        return new Parsed(source, view.kind() == Kind.AAF ? "AAF" : "CSV",
                view.kind() == Kind.CSV ? List.of(csvStructure(view)) : List.of(), unusable);
    }

    private static SourceBatch aaf(List<StoredFile> files) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("preau-aaf-");
            List<Path> paths = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = dir.resolve(String.format("%03d-%s", i, safeName(files.get(i).name())));
                Files.write(file, files.get(i).content());
                paths.add(file);
            }
            return new AafReader().read(paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                FileSystemUtils.deleteRecursively(dir.toFile());
            }
        }
    }

    private SourceBatch csv(ImportView view, List<StoredFile> files, @Nullable String mapping) {
        var reader = new CsvReader();
        SourceProfile profile = SourceProfile.valueOf(view.profile());
        String structure = csvStructure(view).externalId();
        List<SourceBatch> batches = new ArrayList<>();
        for (StoredFile file : files) {
            ColumnMapping columns = mapping != null ? columns(mapping)
                    : reader.preview(file.content(), file.name(), profile).recognised();
            batches.add(reader.read(file.content(), file.name(), profile, structure,
                    columns == null ? new ColumnMapping(Map.of()) : columns));
        }
        return SourceBatch.merge(batches);
    }

    private ColumnMapping columns(String mapping) {
        Map<String, Integer> raw = json.readValue(mapping, new TypeReference<Map<String, Integer>>() { });
        Map<ColumnMapping.Field, Integer> columns = new EnumMap<>(ColumnMapping.Field.class);
        raw.forEach((field, column) -> columns.put(ColumnMapping.Field.valueOf(field), column));
        return new ColumnMapping(columns);
    }

    private SyncStructure csvStructure(ImportView view) {
        StructureRef ref = directory.structures().stream().filter(s -> s.id().equals(view.structure())).findFirst()
                .orElseThrow(() -> new IllegalStateException("structure of import " + view.id() + " is gone"));
        return new SyncStructure(SyncModel.BY_UAI + ref.uai(), ref.uai(), ref.name(), ref.type());
    }

    /** The last part of an uploaded file's name, without anything a path could abuse. */
    static String safeName(String name) {
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String safe = base.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "file" + safe : safe;
    }
}
