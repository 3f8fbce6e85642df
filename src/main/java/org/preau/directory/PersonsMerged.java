package org.preau.directory;

import org.preau.platform.PersonId;

/** Two records of one person were merged: {@code removed} is gone, {@code kept} holds everything. */
public record PersonsMerged(PersonId kept, PersonId removed) {
}
