/**
 * The portal: the navigation shell, the home page, "Mon compte" and {@code /api/v1/me}.
 */
@NullMarked
package org.preau.portal;

import org.jspecify.annotations.NullMarked;
