package org.preau.directory;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** An admin's correction of a person's name and date of birth. */
public record IdentityForm(
        @NotBlank(message = "{person.form.required}") @Size(max = 100, message = "{account.contact.tooLong}") @Nullable String firstName,
        @NotBlank(message = "{person.form.required}") @Size(max = 100, message = "{account.contact.tooLong}") @Nullable String lastName,
        @PastOrPresent(message = "{person.form.birthDate.future}") @Nullable LocalDate birthDate) {
}
