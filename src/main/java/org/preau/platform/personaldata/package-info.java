/**
 * "Mes données": what each module holds about a person, gathered into one download. A module
 * declares a {@link org.preau.platform.personaldata.PersonalDataPart} bean; the portal collects them.
 */
@NullMarked
package org.preau.platform.personaldata;

import org.jspecify.annotations.NullMarked;
