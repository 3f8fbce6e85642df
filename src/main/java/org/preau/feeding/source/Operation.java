package org.preau.feeding.source;

/**
 * What a source asks for a record: create or update it ({@code addRequest}, {@code modifyRequest}
 * and every row of a full file or CSV) or remove it ({@code deleteRequest}).
 */
public enum Operation {
    UPSERT, DELETE
}
