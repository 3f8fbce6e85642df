package org.preau.feeding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.preau.directory.Directory;
import org.preau.directory.DirectorySync;
import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.directory.SyncModel;
import org.preau.directory.SyncModel.SyncStructure;
import org.preau.feeding.ImportRepository.StoredFile;
import org.preau.feeding.ImportViews.ImportView;
import org.preau.feeding.ImportViews.Kind;
import org.preau.feeding.aaf.AafReader;
import org.preau.feeding.aaf.AafReader.AafRead;
import org.preau.feeding.aaf.RegisterEntries;
import org.preau.feeding.csv.ColumnMapping;
import org.preau.feeding.csv.CsvReader;
import org.preau.feeding.source.SourceBatch;
import org.preau.feeding.source.SourceDuplicates;
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
    record Parsed(SourceBatch source, String register, List<SyncStructure> extraStructures, boolean unusable,
            List<RegisterEntries.Entry> entries) {
    }

    private final Directory directory;
    private final DirectorySync sync;
    private final RegisterEntryRepository entries;
    private final JsonMapper json;

    ImportParser(Directory directory, DirectorySync sync, RegisterEntryRepository entries, JsonMapper json) {
        this.directory = directory;
        this.sync = sync;
        this.entries = entries;
        this.json = json;
    }

    Parsed parse(ImportView view, List<StoredFile> files, @Nullable String mapping) {
        AafRead read = view.kind() == Kind.AAF ? aaf(files)
                : new AafRead(csv(view, files, mapping), List.of());
        SourceBatch source = read.batch();
        boolean unusable = source.rejected().stream().anyMatch(r -> FATAL.contains(r.messageKey()))
                || source.persons().isEmpty() && source.structures().isEmpty();
        return new Parsed(source, view.kind() == Kind.AAF ? "AAF" : "CSV",
                view.kind() == Kind.CSV ? List.of(csvStructure(view)) : List.of(), unusable, read.entries());
    }

    /** The stored AAF entries, and the ids the directory holds for the register (read once, when needed). */
    private RegisterEntries stored() {
        return new RegisterEntries() {
            private @Nullable Set<String> inDirectory;

            private Set<String> inDirectory() {
                if (inDirectory == null) {
                    inDirectory = sync.registerIds("AAF");
                }
                return inDirectory;
            }

            @Override
            public Optional<Map<String, List<String>>> find(String id) {
                return entries.find(id).filter(e -> !e.deleted()).map(RegisterEntryRepository.Stored::attributes);
            }

            @Override
            public boolean known(String id) {
                return inDirectory().contains(id) || entries.find(id).isPresent();
            }

            @Override
            public Optional<Map<String, List<String>>> held(String id) {
                return inDirectory().contains(id) ? Optional.empty()
                        : entries.find(id).filter(e -> !e.deleted() && e.kind().equals("RELATIVE"))
                                .map(RegisterEntryRepository.Stored::attributes);
            }
        };
    }

    /** Reads AAF files against the entries stored so far. */
    AafRead aaf(List<StoredFile> files) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("preau-aaf-");
            List<Path> paths = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                // one folder per file: reports name the file as uploaded, and two files may share a name
                Path file = Files.createDirectory(dir.resolve(String.format("%03d", i)))
                        .resolve(safeName(files.get(i).name()));
                Files.write(file, files.get(i).content());
                paths.add(file);
            }
            return new AafReader().read(paths, stored());
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
            batches.add(reader.readRows(file.content(), file.name(), profile, structure,
                    columns == null ? new ColumnMapping(Map.of()) : columns));
        }
        return SourceDuplicates.resolve(SourceBatch.merge(batches));
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
