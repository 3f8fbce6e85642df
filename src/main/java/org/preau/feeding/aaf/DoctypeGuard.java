package org.preau.feeding.aaf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;

import org.jspecify.annotations.Nullable;

/**
 * Keeps an AAF file from reaching anything outside itself (XXE). Real files carry
 * {@code <!DOCTYPE ficAlimMENESR SYSTEM "ficAlimMENESR.dtd">}, so DTDs stay supported, but:
 * <ul>
 * <li>external entities are not supported and entity references are not replaced;</li>
 * <li>the resolver never opens anything: every DTD or entity it is asked for reads as empty, and it notes
 * any system id other than a plain {@code name.dtd} file name;</li>
 * <li>{@link #check(String)} refuses a DOCTYPE with an internal subset (where entities are declared) or one
 * that pointed the resolver anywhere else.</li>
 * </ul>
 * One guard serves one file.
 */
final class DoctypeGuard implements XMLResolver {

    static final String FORBIDDEN = "import.error.forbiddenDoctype";
    private static final Pattern PLAIN_DTD = Pattern.compile("[A-Za-z0-9_.-]+\\.dtd");

    private @Nullable String refusedSystemId;

    /** A StAX factory for one file, resolving through {@code guard} only. */
    static XMLInputFactory factory(DoctypeGuard guard) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setXMLResolver(guard);
        return factory;
    }

    @Override
    public Object resolveEntity(@Nullable String publicId, @Nullable String systemId, @Nullable String baseUri,
            @Nullable String namespace) {
        if (systemId == null || !PLAIN_DTD.matcher(systemId).matches()) {
            refusedSystemId = String.valueOf(systemId);
        }
        return new ByteArrayInputStream(new byte[0]);
    }

    /** Refuses {@code doctype} (the text of the DTD event) when it is not a plain reference to a DTD file. */
    void check(String doctype, int line) throws AafFileException {
        if (doctype.indexOf('[') >= 0 || doctype.contains("<!ENTITY")) {
            throw new AafFileException(FORBIDDEN, line, List.of());
        }
        if (refusedSystemId != null) {
            throw new AafFileException(FORBIDDEN, line, List.of());
        }
    }

    /** Refuses any entity reference left in the content (none can be declared by an accepted DOCTYPE). */
    static AafFileException entityReference(int line) {
        return new AafFileException(FORBIDDEN, line, List.of());
    }
}
