package org.preau.platform.personaldata;

import org.preau.platform.PersonId;

/**
 * A module's part of a person's data export ("Mes données", RGPD right of access): every
 * module that stores something about a person declares one bean, which writes into the export
 * what it holds about them — as JSON documents (one or a few per module) and files as files.
 * Only the person's own data and what others addressed to them; never another person's
 * private data (a message they received shows its sender's name, not the sender's other data).
 */
public interface PersonalDataPart {

    /** The folder of this part in the export, usually the module's name ({@code messaging}). */
    String name();

    /** Writes what the module holds about {@code person}. */
    void export(PersonId person, PersonalDataExport export);
}
