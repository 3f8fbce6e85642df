package org.preau.feeding;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.preau.feeding.ImportViews.ImportView;
import org.preau.feeding.ImportViews.Kind;
import org.preau.feeding.ImportViews.Line;
import org.preau.platform.PreauUser;
import org.preau.platform.web.ApiProblem;
import org.preau.platform.web.RequiresAction;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/imports}: start a dry run, read its report, apply it. */
@RestController
@RequiresAction("console.imports")
@RequestMapping("/api/v1/imports")
@Tag(name = "imports", description = "Feeding the directory from AAF and CSV files")
class ImportsApiController {

    record Started(String id, String status) {
    }

    record RejectedJson(String file, int line, @Nullable String field, String message) {
    }

    record WarningJson(String file, int line, String message) {
    }

    record ImportJson(String id, String kind, String status, boolean full, ImportViews.Counts counts,
            List<ImportViews.ProfileCounts> byProfile, List<RejectedJson> rejected, List<WarningJson> warnings,
            List<String> failedStructures, int accountsOpened, List<ImportViews.FileInfo> files, String createdAt,
            @Nullable String error) {
    }

    private final Imports imports;
    private final MessageSource messages;

    ImportsApiController(Imports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload AAF or CSV files and start a dry run")
    ResponseEntity<Started> start(@AuthenticationPrincipal PreauUser user, @RequestParam String kind,
            @RequestParam("files") List<MultipartFile> files, @RequestParam(required = false) @Nullable String structure,
            @RequestParam(required = false) @Nullable String profile) {
        Kind parsedKind;
        try {
            parsedKind = Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "import.error.badKind");
        }
        ImportView view = call(() -> imports.start(user,
                new Imports.StartImport(parsedKind, Imports.Upload.of(files), structure, profile, null)));
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + view.id()))
                .body(new Started(view.id().toString(), view.status().name()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import: its status, counts, rejected lines and warnings")
    ImportJson get(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        return json(imports.find(user, id).orElseThrow(ApiProblem::notFound));
    }

    @PostMapping("/{id}/apply")
    @Operation(summary = "Apply a READY dry run; poll the import until APPLIED or FAILED")
    ResponseEntity<Started> apply(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        ImportView view = call(() -> imports.apply(user, id));
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + view.id()))
                .body(new Started(view.id().toString(), view.status().name()));
    }

    @PostMapping("/{id}/resume")
    @Operation(summary = "Run again an INTERRUPTED or FAILED import (its apply resumes where it stopped); poll it")
    ResponseEntity<Started> resume(@AuthenticationPrincipal PreauUser user, @PathVariable UUID id) {
        ImportView view = call(() -> imports.resume(user, id));
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + view.id()))
                .body(new Started(view.id().toString(), view.status().name()));
    }

    private static <T> T call(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (ImportRefused e) {
            HttpStatus status = switch (e.reason()) {
                case INVALID -> HttpStatus.BAD_REQUEST;
                case NOT_FOUND -> HttpStatus.NOT_FOUND;
                case CONFLICT -> HttpStatus.CONFLICT;
                case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            };
            throw new ApiProblem(status, e.messageKey(), e.args().toArray());
        }
    }

    private ImportJson json(ImportView v) {
        Locale locale = LocaleContextHolder.getLocale();
        var report = v.report();
        return new ImportJson(v.id().toString(), v.kind().name().toLowerCase(Locale.ROOT), v.status().name(), v.full(),
                report == null ? ImportViews.Counts.NONE : report.counts(),
                report == null ? List.of() : report.byProfile(),
                report == null ? List.of() : report.rejected().stream()
                        .map(l -> new RejectedJson(l.file(), l.line(), l.field(), text(l, locale))).toList(),
                report == null ? List.of() : report.warnings().stream()
                        .map(l -> new WarningJson(l.file(), l.line(), text(l, locale))).toList(),
                report == null ? List.of() : report.failedStructures(),
                report == null ? 0 : report.accountsOpened(), v.files(), v.createdAt().toString(),
                v.errorKey() == null ? null : messages.getMessage(v.errorKey(), null, v.errorKey(), locale));
    }

    private String text(Line line, Locale locale) {
        return messages.getMessage(line.messageKey(), line.args().toArray(), line.messageKey(), locale);
    }
}
