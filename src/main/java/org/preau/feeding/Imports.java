package org.preau.feeding;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.directory.AdminFunction;
import org.preau.directory.DirectoryAdmin;
import org.preau.directory.DirectoryViews.StructureRef;
import org.preau.directory.Profile;
import org.preau.feeding.ImportRefused.Reason;
import org.preau.feeding.ImportRepository.StoredFile;
import org.preau.feeding.ImportViews.FileInfo;
import org.preau.feeding.ImportViews.ImportView;
import org.preau.feeding.ImportViews.Kind;
import org.preau.feeding.ImportViews.Status;
import org.preau.platform.PreauUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import tools.jackson.databind.json.JsonMapper;

/**
 * The feeding facade: admins start an import (always a dry run first), read its report and
 * apply it. AAF imports belong to the central admin; a CSV import to the admins of its
 * structure. The work runs off the request thread.
 */
@Service
public class Imports {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    /** An uploaded file. */
    public record Upload(String name, byte[] content) {

        /** The files of a multipart request. */
        public static List<Upload> of(List<org.springframework.web.multipart.MultipartFile> files) {
            return files.stream().map(f -> {
                try {
                    return new Upload(f.getOriginalFilename() == null ? "file" : f.getOriginalFilename(), f.getBytes());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** What an admin asks for; CSV imports name a structure (UAI), a profile and maybe a column mapping. */
    public record StartImport(Kind kind, List<Upload> files, @Nullable String structureUai, @Nullable String profile,
            @Nullable Map<String, Integer> mapping) {
    }

    /** Events that hand the work to {@link ImportJobs}. */
    record DryRunRequested(UUID id) {
    }

    record ApplyRequested(UUID id) {
    }

    private final ImportRepository repository;
    private final DirectoryAdmin directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final JsonMapper json;
    private final DataSize maxFileSize;

    Imports(ImportRepository repository, DirectoryAdmin directory, ApplicationEventPublisher events, Clock clock,
            JsonMapper json, @Value("${preau.imports.max-file-size:100MB}") DataSize maxFileSize) {
        this.repository = repository;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
        this.json = json;
        this.maxFileSize = maxFileSize;
    }

    /** Stores the files and starts the dry run. */
    @Transactional
    public ImportView start(PreauUser admin, StartImport command) {
        if (!directory.isAdmin(admin)) {
            throw new ImportRefused(Reason.NOT_FOUND, "problem.notFound");
        }
        List<Upload> files = command.files().stream().filter(f -> f.content().length > 0).toList();
        if (files.isEmpty()) {
            throw new ImportRefused(Reason.INVALID, "import.error.noFile");
        }
        for (Upload f : files) {
            if (f.content().length > maxFileSize.toBytes()) {
                log.warn("Import refused: a file of {} bytes is over the limit", f.content().length);
                throw new ImportRefused(Reason.TOO_LARGE, "import.error.tooLarge", f.name(),
                        String.valueOf(maxFileSize.toMegabytes()));
            }
        }
        StructureRef structure = null;
        String profile = null;
        if (command.kind() == Kind.AAF) {
            if (!admin.hasRole(AdminFunction.CENTRAL_ADMIN.name())) {
                throw new ImportRefused(Reason.INVALID, "import.error.aafCentralOnly");
            }
        } else {
            structure = csvStructure(admin, command.structureUai());
            profile = csvProfile(command.profile());
        }
        boolean full = command.kind() == Kind.CSV
                || files.stream().noneMatch(f -> f.name().toLowerCase(Locale.ROOT).contains("delta"));
        var view = new ImportView(UUID.randomUUID(), command.kind(), Status.RUNNING, full,
                structure == null ? null : structure.id(), profile, admin.personId(), clock.instant(),
                clock.instant(), files.stream().map(f -> new FileInfo(f.name(), f.content().length)).toList(), null,
                null);
        repository.insert(view, command.mapping() == null ? null : json.writeValueAsString(command.mapping()),
                files.stream().map(f -> new StoredFile(f.name(), f.content())).toList());
        events.publishEvent(new DryRunRequested(view.id()));
        log.info("Import {} ({}) started by {}", view.id(), view.kind(), admin.personId());
        return view;
    }

    private StructureRef csvStructure(PreauUser admin, @Nullable String uai) {
        if (uai == null || uai.isBlank()) {
            throw new ImportRefused(Reason.INVALID, "import.error.noStructure");
        }
        return directory.structures(admin).stream().filter(s -> uai.strip().equalsIgnoreCase(s.uai())).findFirst()
                .orElseThrow(() -> new ImportRefused(Reason.INVALID, "import.error.unknownStructure", uai.strip()));
    }

    private static String csvProfile(@Nullable String profile) {
        try {
            var p = Profile.valueOf(profile == null ? "" : profile.strip().toUpperCase(Locale.ROOT));
            if (p == Profile.GUEST) {
                throw new IllegalArgumentException();
            }
            return p.name();
        } catch (IllegalArgumentException e) {
            throw new ImportRefused(Reason.INVALID, "import.error.badProfile");
        }
    }

    /** An import the admin may see: their own, those of their structures, all for the central admin. */
    @Transactional(readOnly = true)
    public Optional<ImportView> find(PreauUser admin, UUID id) {
        return repository.find(id).filter(view -> maySee(admin, view));
    }

    @Transactional(readOnly = true)
    public List<ImportView> history(PreauUser admin) {
        if (admin.hasRole(AdminFunction.CENTRAL_ADMIN.name())) {
            return repository.history(null, 100);
        }
        if (!directory.isAdmin(admin)) {
            return List.of();
        }
        return repository.history(directory.structures(admin).stream().map(StructureRef::id).toList(), 100);
    }

    /** Applies a ready dry run. */
    @Transactional
    public ImportView apply(PreauUser admin, UUID id) {
        var view = find(admin, id).orElseThrow(() -> new ImportRefused(Reason.NOT_FOUND, "problem.notFound"));
        if (!repository.transition(id, Status.READY, Status.APPLYING, clock.instant())) {
            throw new ImportRefused(Reason.CONFLICT, "import.error.notReady");
        }
        events.publishEvent(new ApplyRequested(id));
        log.info("Import {} applied by {}", id, admin.personId());
        return repository.find(view.id()).orElseThrow();
    }

    /**
     * Runs again an import that was interrupted (its node died: it resumes where it stopped) or that failed (what
     * failed runs again: the apply once applying had started, else the dry run). Applying is idempotent: people
     * written before count as unchanged, and everyone the import brings in who has no account gets one.
     */
    @Transactional
    public ImportView resume(PreauUser admin, UUID id) {
        find(admin, id).orElseThrow(() -> new ImportRefused(Reason.NOT_FOUND, "problem.notFound"));
        Status status = repository.claimAgain(id, clock.instant())
                .orElseThrow(() -> new ImportRefused(Reason.CONFLICT, "import.error.notResumable"));
        events.publishEvent(status == Status.APPLYING ? new ApplyRequested(id) : new DryRunRequested(id));
        log.info("Import {} run again ({}) by {}", id, status, admin.personId());
        return repository.find(id).orElseThrow();
    }

    private boolean maySee(PreauUser admin, ImportView view) {
        if (admin.hasRole(AdminFunction.CENTRAL_ADMIN.name()) || view.createdBy().equals(admin.personId())) {
            return true;
        }
        return view.structure() != null && directory.administers(admin, view.structure());
    }
}
