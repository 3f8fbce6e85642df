package org.preau.platform.personaldata;

import java.io.IOException;
import java.io.InputStream;

/** Where a {@link PersonalDataPart} writes: entries of the export, inside the part's folder. */
public interface PersonalDataExport {

    /** A JSON document ({@code name} without extension), written from records, lists and maps. */
    void json(String name, Object value);

    /** A file, as stored ({@code name} is its file name in the part's folder; made unique if taken). */
    void file(String name, InputStream content) throws IOException;
}
