package org.preau.directory;

import java.util.List;

import org.preau.platform.PersonId;

/** People deleted from the directory at the end of their retention period. */
public record PersonsDeleted(List<PersonId> persons) {
}
