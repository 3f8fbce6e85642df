/** File storage: the {@link org.preau.platform.storage.FileStore} plug point and its filesystem implementation. */
@NullMarked
package org.preau.platform.storage;

import org.jspecify.annotations.NullMarked;
