package org.preau.directory;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** What an admin types to create or correct a person by hand. */
public record PersonForm(
        @NotBlank(message = "{person.form.required}") @Size(max = 100, message = "{account.contact.tooLong}") @Nullable String firstName,
        @NotBlank(message = "{person.form.required}") @Size(max = 100, message = "{account.contact.tooLong}") @Nullable String lastName,
        @PastOrPresent(message = "{person.form.birthDate.future}") @Nullable LocalDate birthDate,
        @NotNull(message = "{person.form.required}") @Nullable Profile profile,
        @Nullable String classId) {

    public static PersonForm empty() {
        return new PersonForm(null, null, null, Profile.STUDENT, null);
    }
}
