/**
 * The neutral model every import reader produces: structures, persons, subjects and MEF levels,
 * with the rejections and warnings met while reading. Messages are bundle keys, never text.
 */
@NullMarked
package org.preau.feeding.source;

import org.jspecify.annotations.NullMarked;
