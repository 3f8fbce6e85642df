package org.preau.directory;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The contact details a person may edit themselves; blank means none. */
public record ContactDetails(
        @Nullable @Email(message = "{account.contact.email.invalid}") @Size(max = 254, message = "{account.contact.tooLong}") String email,
        @Nullable @Pattern(regexp = "^$|^\\+?[0-9 .()-]{6,20}$", message = "{account.contact.mobile.invalid}") String mobile) {

    /** Blank values become null. */
    public ContactDetails normalized() {
        return new ContactDetails(blankToNull(email), blankToNull(mobile));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
