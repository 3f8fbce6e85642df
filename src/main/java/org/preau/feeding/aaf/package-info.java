/**
 * The AAF reader: files of the "annuaire fédérateur" of the Éducation nationale (format
 * {@code ficAlimMENESR}, full and delta), read with StAX into the neutral model.
 */
@NullMarked
package org.preau.feeding.aaf;

import org.jspecify.annotations.NullMarked;
