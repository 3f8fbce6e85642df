package org.preau.messaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.preau.platform.PreauUser;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.preau.platform.web.RequiresAction;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * An attachment, to people who hold its message in a box: always as a download
 * ({@code Content-Disposition: attachment}, {@code nosniff} from the security headers), never
 * shown inline, whatever its type.
 */
@RequiresAction(MessagingApplications.READ)
@Controller
class AttachmentController {

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/messages/{message}/attachments/{file}")
    ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal PreauUser user,
            @PathVariable UUID message, @PathVariable UUID file) {
        var download = attachments.open(user, message, file)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.file().name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .contentType(MediaType.parseMediaType(download.file().contentType()))
                .contentLength(download.file().size())
                .body(new InputStreamResource(download.content()));
    }
}
