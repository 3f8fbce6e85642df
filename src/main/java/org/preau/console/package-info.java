/**
 * The admin console for central and local admins: structures, classes, people and imports,
 * composed from the directory, identity and feeding facades.
 */
@NullMarked
package org.preau.console;

import org.jspecify.annotations.NullMarked;
