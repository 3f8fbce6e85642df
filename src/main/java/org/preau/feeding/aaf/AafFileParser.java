package org.preau.feeding.aaf;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * Streams the records of one {@code ficAlimMENESR} file with StAX, one {@link AafRecord} at a time.
 * A file that is not XML or whose root is another element is of the wrong kind; a file that breaks
 * off is malformed; both stop the read with an {@link AafFileException}.
 */
final class AafFileParser {

    static final String WRONG_KIND = "import.error.wrongKind";
    static final String MALFORMED = "import.error.malformedXml";
    private static final String ROOT = "ficAlimMENESR";

    void parse(Path file, Consumer<AafRecord> sink) throws AafFileException, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            sniff(in);
            DoctypeGuard guard = new DoctypeGuard();
            XMLStreamReader reader = DoctypeGuard.factory(guard).createXMLStreamReader(in);
            try {
                new Walk(reader, guard, sink).run();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            Location location = e.getLocation();
            int line = location == null ? 0 : Math.max(location.getLineNumber(), 0);
            int column = location == null ? 0 : Math.max(location.getColumnNumber(), 0);
            throw new AafFileException(MALFORMED, line, List.of(String.valueOf(column)));
        }
    }

    /** Refuses content that does not start like XML (after a BOM and blanks): a CSV, an image... */
    private static void sniff(InputStream in) throws IOException, AafFileException {
        in.mark(4096);
        byte[] head = in.readNBytes(4096);
        in.reset();
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        int first = head.length >= 2 ? head[0] & 0xFF : 0;
        int second = head.length >= 2 ? head[1] & 0xFF : 0;
        if ((first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE)) {
            return; // UTF-16 with a byte order mark: let the parser judge
        }
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i >= head.length || head[i] != '<') {
            throw new AafFileException(WRONG_KIND, 0, List.of());
        }
    }

    /** The walk through one document: element depth, the record being read, its current attribute. */
    private static final class Walk {

        private final XMLStreamReader reader;
        private final DoctypeGuard guard;
        private final Consumer<AafRecord> sink;
        private int depth;
        private @Nullable RecordBuilder record;
        private String section = "";
        private String attribute = "";

        Walk(XMLStreamReader reader, DoctypeGuard guard, Consumer<AafRecord> sink) {
            this.reader = reader;
            this.guard = guard;
            this.sink = sink;
        }

        void run() throws XMLStreamException, AafFileException {
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> guard.check(reader.getText(), line());
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw DoctypeGuard.entityReference(line());
                    case XMLStreamConstants.START_ELEMENT -> start(reader.getLocalName());
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> {
                        // text between elements, comments, processing instructions: nothing to read
                    }
                }
            }
            if (depth != 0 || record != null) {
                throw new AafFileException(MALFORMED, line(), List.of("0"));
            }
        }

        private void start(String name) throws XMLStreamException, AafFileException {
            depth++;
            if (depth == 1) {
                if (!ROOT.equals(name)) {
                    throw new AafFileException(WRONG_KIND, line(), List.of());
                }
            } else if (depth == 2) {
                record = RecordBuilder.of(name, line());
            } else if (record != null) {
                inRecord(record, name);
            }
        }

        private void inRecord(RecordBuilder current, String name) throws XMLStreamException {
            switch (name) {
                case "operationalAttributes", "identifier", "attributes", "modifications" -> section = name;
                case "attr" -> attribute = String.valueOf(reader.getAttributeValue(null, "name"));
                case "modification" -> {
                    attribute = String.valueOf(reader.getAttributeValue(null, "name"));
                    String op = reader.getAttributeValue(null, "operation");
                    current.modification(attribute, op == null ? "replace" : op.strip());
                }
                case "id" -> {
                    current.id = reader.getElementText().strip();
                    depth--;
                }
                case "value" -> {
                    current.value(section, attribute, reader.getElementText().strip());
                    depth--;
                }
                default -> {
                    // an element the format does not define: its values are ignored
                }
            }
        }

        private void end() {
            if (depth == 2 && record != null) {
                sink.accept(record.build());
                record = null;
            }
            depth--;
        }

        private int line() {
            return Math.max(reader.getLocation().getLineNumber(), 0);
        }
    }

    /** The parts of a record gathered while streaming through it. */
    private static final class RecordBuilder {

        private final AafRecord.Request request;
        private final int line;
        private final Map<String, List<String>> attributes = new LinkedHashMap<>();
        private final List<AafRecord.Modification> modifications = new ArrayList<>();
        private String category = "";
        private String id = "";

        private RecordBuilder(AafRecord.Request request, int line) {
            this.request = request;
            this.line = line;
        }

        static @Nullable RecordBuilder of(String element, int line) {
            return switch (element) {
                case "addRequest" -> new RecordBuilder(AafRecord.Request.ADD, line);
                case "modifyRequest" -> new RecordBuilder(AafRecord.Request.MODIFY, line);
                case "deleteRequest" -> new RecordBuilder(AafRecord.Request.DELETE, line);
                default -> null;
            };
        }

        void modification(String attribute, String operation) {
            modifications.add(new AafRecord.Modification(attribute, operation, new ArrayList<>(2)));
        }

        void value(String section, String attribute, String value) {
            if (section.equals("operationalAttributes")) {
                category = value;
                return;
            }
            if (section.equals("modifications") && !modifications.isEmpty() && !value.isEmpty()) {
                modifications.getLast().values().add(value);
            }
            List<String> values = attributes.computeIfAbsent(attribute, name -> new ArrayList<>(2));
            if (!value.isEmpty()) {
                values.add(value);
            }
        }

        AafRecord build() {
            return new AafRecord(request, category, id, attributes, line,
                    modifications.stream().map(m -> new AafRecord.Modification(m.attribute(), m.operation(),
                            List.copyOf(m.values()))).toList());
        }
    }
}
