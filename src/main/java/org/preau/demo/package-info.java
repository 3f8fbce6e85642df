/**
 * The demo territory ("Région Démo") seeded on the first start with the embedded database,
 * through the directory, identity and diary facades only.
 */
@NullMarked
package org.preau.demo;

import org.jspecify.annotations.NullMarked;
