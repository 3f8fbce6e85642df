package org.preau.portal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.preau.identity.Accounts;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.preau.platform.web.ApiProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code GET /api/v1/me/export}: "Mes données", the zip itself, streamed to the response as it
 * is made. Someone whose data the caller may not download is a 404.
 */
@RestController
@AnyAuthenticated
@Tag(name = "me", description = "The logged-in person")
class PersonalDataApiController {

    private final PersonalDataExporter exporter;
    private final PersonalDataAccess access;
    private final Accounts accounts;

    PersonalDataApiController(PersonalDataExporter exporter, PersonalDataAccess access, Accounts accounts) {
        this.exporter = exporter;
        this.access = access;
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/me/export")
    @Operation(summary = "\"Mes données\": a zip of everything Préau holds about the caller, a child or a person in the admin's scope")
    void export(@AuthenticationPrincipal PreauUser user, @RequestParam(required = false) @Nullable PersonId person,
            Locale locale, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var target = access.target(user, person).orElseThrow(ApiProblem::notFound);
        String login = accounts.loginOf(target).orElse(target.toString());
        access.record(user, target, request.getRemoteAddr());
        String name = "mes-donnees-" + PersonalDataZip.safe(login, "compte") + "-" + exporter.today() + ".zip";
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        exporter.write(target, locale, response.getOutputStream());
        response.flushBuffer();
    }
}
