package org.preau.feeding;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.preau.feeding.ImportRefused.Reason;
import org.preau.feeding.ImportViews.ImportView;
import org.preau.feeding.ImportViews.Kind;
import org.preau.feeding.csv.ColumnMapping;
import org.preau.feeding.csv.CsvReader;
import org.preau.feeding.source.SourceProfile;
import org.preau.platform.PreauUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The column-mapping screen of CSV imports whose headers Préau does not recognise: the
 * admin says which column holds what, and the dry run starts again with that mapping.
 */
@Service
public class ColumnMappings {

    /** The file's columns, a few rows, the fields to map (required first) and the current choice. */
    public record MappingView(ImportView importView, List<String> headers, List<List<String>> firstRows,
            List<String> fields, List<String> required, Map<String, Integer> current) {
    }

    private final Imports imports;
    private final ImportRepository repository;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    private final java.time.Clock clock;

    ColumnMappings(Imports imports, ImportRepository repository, ApplicationEventPublisher events, JsonMapper json,
            java.time.Clock clock) {
        this.clock = clock;
        this.imports = imports;
        this.repository = repository;
        this.events = events;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Optional<MappingView> view(PreauUser admin, UUID id) {
        return imports.find(admin, id).filter(v -> v.kind() == Kind.CSV && v.profile() != null).map(v -> {
            var file = repository.files(id).getFirst();
            var preview = new CsvReader().preview(file.content(), file.name());
            SourceProfile profile = SourceProfile.valueOf(v.profile());
            List<String> required = new ColumnMapping(Map.of()).missingFor(profile).stream().map(Enum::name).toList();
            Map<String, Integer> current = new LinkedHashMap<>();
            repository.mapping(id).map(m -> json.readValue(m, Map.class)).ifPresentOrElse(
                    m -> m.forEach((k, c) -> current.put(String.valueOf(k), ((Number) c).intValue())),
                    () -> {
                        if (preview.recognised() != null) {
                            preview.recognised().columns().forEach((f, c) -> current.put(f.name(), c));
                        }
                    });
            List<String> fields = Arrays.stream(ColumnMapping.Field.values()).map(Enum::name)
                    .sorted((a, b) -> Boolean.compare(!required.contains(a), !required.contains(b))).toList();
            return new MappingView(v, preview.headers(), preview.firstRows(), fields, required, current);
        });
    }

    /** Starts the dry run again with the admin's mapping (of a CSV import not applied yet). */
    @Transactional
    public ImportView remap(PreauUser admin, UUID id, Map<String, Integer> mapping) {
        var view = imports.find(admin, id).filter(v -> v.kind() == Kind.CSV)
                .orElseThrow(() -> new ImportRefused(Reason.NOT_FOUND, "problem.notFound"));
        Map<ColumnMapping.Field, Integer> columns = new LinkedHashMap<>();
        mapping.forEach((field, column) -> {
            try {
                if (column != null && column >= 0) {
                    columns.put(ColumnMapping.Field.valueOf(field), column);
                }
            } catch (IllegalArgumentException e) {
                throw new ImportRefused(Reason.INVALID, "import.error.badMapping");
            }
        });
        var missing = new ColumnMapping(columns).missingFor(SourceProfile.valueOf(view.profile()));
        if (!missing.isEmpty()) {
            throw new ImportRefused(Reason.INVALID, "import.error.mappingIncomplete",
                    String.join(", ", missing.stream().map(Enum::name).toList()));
        }
        Map<String, Integer> stored = new LinkedHashMap<>();
        columns.forEach((f, c) -> stored.put(f.name(), c));
        if (!repository.restart(id, json.writeValueAsString(stored), clock.instant())) {
            throw new ImportRefused(Reason.CONFLICT, "import.error.notReady");
        }
        events.publishEvent(new Imports.DryRunRequested(id));
        return repository.find(id).orElseThrow();
    }
}
