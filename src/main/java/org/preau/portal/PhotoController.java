package org.preau.portal;

import java.io.IOException;

import org.preau.directory.Photos;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.web.AnyAuthenticated;
import org.preau.platform.web.RequiresAction;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Uploading one's photo on "Mon compte", and serving photos to those who may see them. */
@Controller
class PhotoController {

    private final Photos photos;

    PhotoController(Photos photos) {
        this.photos = photos;
    }

    @PostMapping("/account/photo")
    @RequiresAction(PortalApplications.ACCOUNT_EDIT)
    String upload(@AuthenticationPrincipal PreauUser user, @RequestParam("photo") MultipartFile photo)
            throws IOException {
        if (photo.getSize() > Photos.MAX_BYTES) {
            return "redirect:/account?photoTooLarge";
        }
        return switch (photos.save(user.personId(), photo.getBytes())) {
            case SAVED -> "redirect:/account?photoSaved";
            case TOO_LARGE -> "redirect:/account?photoTooLarge";
            case NOT_AN_IMAGE -> "redirect:/account?photoNotImage";
        };
    }

    @PostMapping("/account/photo/delete")
    @RequiresAction(PortalApplications.ACCOUNT_EDIT)
    String delete(@AuthenticationPrincipal PreauUser user) {
        photos.delete(user.personId());
        return "redirect:/account?photoDeleted";
    }

    @GetMapping("/persons/{id}/photo")
    @AnyAuthenticated
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal PreauUser user, @PathVariable("id") PersonId person) {
        var photo = photos.photo(user, person).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"photo\"")
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(photo.content());
    }
}
