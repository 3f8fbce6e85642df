package org.preau.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a plausible full AAF export of a generated territory (structures, pupils with
 * their parents, teachers and other staff) for the benchmarks: {@code persons} people in all,
 * with a territory's ratios — collèges of 500 pupils in 20 classes of about 25, 1.6 parents a
 * pupil, one teacher for 12 pupils (two classes each), one other staff member for 50 pupils.
 * Deterministic: the same {@code persons} and seed give the same files.
 */
public final class AafTerritoryGenerator {

    private static final String[] FIRST = { "Louise", "Jade", "Emma", "Léa", "Chloé", "Inès", "Zoé", "Hugo", "Léo",
            "Gabriel", "Raphaël", "Jules", "Noah", "Théo", "Maël", "Éloïse", "Anaïs", "Côme", "Noé", "Yanis" };
    private static final String[] LAST = { "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
            "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand",
            "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert" };
    private static final String[] SUBJECTS = { "MATHS", "FRANC", "ANGL", "HIGEO", "SVT", "EPS" };
    private static final String[] CLASSES = { "6 A", "6 B", "5 A", "5 B", "4 A", "4 B", "3 A", "3 B", "3 C", "4 C",
            "5 C", "6 C", "6 D", "5 D", "4 D", "3 D", "6 E", "5 E", "4 E", "3 E" };

    private final Random random;

    public AafTerritoryGenerator() {
        this(42);
    }

    public AafTerritoryGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path out = Path.of(args.length > 1 ? args[1] : "target/generated-territory");
        new AafTerritoryGenerator().write(persons, out);
        System.out.println("Generated " + persons + " persons in " + out.toAbsolutePath());
    }

    /** Writes the files into {@code directory} and returns them. */
    public List<Path> write(int persons, Path directory) throws IOException {
        return write(persons, 0, directory);
    }

    /** Writes the files of {@code persons} people in {@code structures} collèges (0: one per 500 pupils). */
    public List<Path> write(int persons, int structureCount, Path directory) throws IOException {
        Files.createDirectories(directory);
        // per pupil: 1.6 parents, 1/12 teacher, 1/50 other staff
        int pupils = (int) (persons / (1 + 1.6 + 1 / 12.0 + 1 / 50.0));
        int teachers = pupils / 12;
        int staff = pupils / 50;
        int structures = structureCount > 0 ? structureCount : Math.max(1, pupils / 500);
        List<Path> files = new ArrayList<>();
        files.add(structures(directory, structures));
        int parentId = 5_000_000;
        List<String> parents = new ArrayList<>();
        try (var out = new Chunks(directory, "Eleve", files)) {
            for (int i = 0; i < pupils; i++) {
                int structure = 900_000 + i % structures;
                String last = pick(LAST);
                List<String> links = new ArrayList<>();
                int familySize = parents.size() + 2 <= persons - pupils - teachers - staff ? (random.nextInt(10) < 6 ? 2 : 1) : 0;
                for (int p = 0; p < familySize; p++) {
                    String id = String.valueOf(parentId++);
                    parents.add(id + "$" + last);
                    links.add(id + "$10$1$1$1$1");
                }
                out.record("Eleve", String.valueOf(3_000_000 + i), last, pick(FIRST),
                        attr("ENTPersonDateNaissance", String.format("%02d/%02d/%d", 1 + random.nextInt(28),
                                1 + random.nextInt(12), 2010 + random.nextInt(6)))
                        + attr("ENTPersonStructRattach", String.valueOf(structure))
                        + attr("ENTEleveClasses", structure + "$" + CLASSES[random.nextInt(CLASSES.length)])
                        + attr("ENTElevePersRelEleve", links.toArray(String[]::new)));
            }
        }
        try (var out = new Chunks(directory, "PersRelEleve", files)) {
            for (String parent : parents) {
                String[] idAndName = parent.split("\\$");
                out.record("PersRelEleve", idAndName[0], idAndName[1], pick(FIRST), "");
            }
        }
        try (var out = new Chunks(directory, "PersEducNat", files)) {
            for (int i = 0; i < teachers; i++) {
                int structure = 900_000 + i % structures;
                String subject = SUBJECTS[i % SUBJECTS.length];
                String c1 = CLASSES[random.nextInt(CLASSES.length)];
                String c2 = CLASSES[random.nextInt(CLASSES.length)];
                out.record("PersEducNat", String.valueOf(7_000_000 + i), pick(LAST), pick(FIRST),
                        attr("ENTPersonStructRattach", String.valueOf(structure))
                        + attr("ENTAuxEnsClasses", structure + "$" + c1, structure + "$" + c2)
                        + attr("ENTAuxEnsClassesMatieres", structure + "$" + c1 + "$" + subject,
                                structure + "$" + c2 + "$" + subject)
                        + attr("ENTPersonFonctions", structure + "$ENS$ENSEIGNEMENT$L1300$" + subject));
            }
            for (int i = 0; i < staff; i++) {
                int structure = 900_000 + i % structures;
                out.record("PersEducNat", String.valueOf(8_000_000 + i), pick(LAST), pick(FIRST),
                        attr("ENTPersonStructRattach", String.valueOf(structure))
                        + attr("ENTPersonFonctions", structure + (i % 5 == 0 ? "$DIR$DIRECTION$-$-" : "$EDU$EDUCATION$-$-")));
            }
        }
        return files;
    }

    private Path structures(Path directory, int count) throws IOException {
        Path file = directory.resolve("ENT_Complet_20261125_EtabEducNat_0000.xml");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(Chunks.HEADER);
            for (int i = 0; i < count; i++) {
                String id = String.valueOf(900_000 + i);
                w.write("<addRequest>\n<operationalAttributes><attr name=\"categorieStructure\"><value>EtabEducNat</value></attr></operationalAttributes>\n"
                        + "<identifier><id>" + id + "</id></identifier>\n<attributes>\n"
                        + attr("ENTStructureJointure", id) + attr("ENTStructureUAI", String.format("%07d", 9_100_000 + i) + "Z")
                        + attr("ENTStructureNomCourant", "COLLEGE GENERE " + i) + attr("ENTStructureTypeStruct", "CLG")
                        + "</attributes>\n</addRequest>\n");
            }
            w.write("</ficAlimMENESR>\n");
        }
        return file;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    static String attr(String name, String... values) {
        var text = new StringBuilder("<attr name=\"").append(name).append("\">");
        for (String v : values) {
            text.append("<value>").append(v).append("</value>");
        }
        return text.append("</attr>\n").toString();
    }

    /** Files of at most 5,000 records of one kind. */
    private static final class Chunks implements AutoCloseable {

        static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE ficAlimMENESR SYSTEM \"ficAlimMENESR.dtd\">\n<ficAlimMENESR>\n";

        private final Path directory;
        private final String kind;
        private final List<Path> files;
        private BufferedWriter writer;
        private int count;

        Chunks(Path directory, String kind, List<Path> files) {
            this.directory = directory;
            this.kind = kind;
            this.files = files;
        }

        void record(String category, String id, String last, String first, String more) throws IOException {
            if (writer == null || count % 5_000 == 0) {
                close();
                Path file = directory.resolve(String.format("ENT_Complet_20261125_%s_%04d.xml", kind, files.size()));
                files.add(file);
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                writer.write(HEADER);
            }
            count++;
            writer.write("<addRequest>\n<operationalAttributes><attr name=\"categoriePersonne\"><value>" + category
                    + "</value></attr></operationalAttributes>\n<identifier><id>" + id + "</id></identifier>\n<attributes>\n"
                    + attr("ENTPersonJointure", id) + attr("sn", last) + attr("givenName", first) + more
                    + "</attributes>\n</addRequest>\n");
        }

        @Override
        public void close() throws IOException {
            if (writer != null) {
                writer.write("</ficAlimMENESR>\n");
                writer.close();
                writer = null;
            }
        }
    }
}
