package org.preau.feeding.aaf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Object mother for small inline AAF files: records built from attribute name/value pairs. */
public final class AafXml {

    public static final String PROLOG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE ficAlimMENESR SYSTEM "ficAlimMENESR.dtd">
            """;

    private AafXml() {
    }

    public static String file(String... records) {
        return PROLOG + "<ficAlimMENESR>\n" + String.join("", records) + "</ficAlimMENESR>\n";
    }

    /** An add, modify or delete request of {@code category}; {@code attrs} are name, value, name, value... */
    public static String request(String request, String category, String id, String... attrs) {
        String categoryName = category.equals("EtabEducNat") ? "categorieStructure" : "categoriePersonne";
        StringBuilder xml = new StringBuilder("<" + request + ">\n<operationalAttributes><attr name=\""
                + categoryName + "\"><value>" + category + "</value></attr></operationalAttributes>\n"
                + "<identifier><id>" + id + "</id></identifier>\n");
        if (!request.equals("deleteRequest")) {
            boolean modify = request.equals("modifyRequest");
            xml.append(modify ? "<modifications>\n" : "<attributes>\n");
            for (int i = 0; i < attrs.length; i += 2) {
                String values = Arrays.stream(attrs[i + 1].split("\\|"))
                        .map(v -> "<value>" + v + "</value>").collect(Collectors.joining());
                xml.append(modify ? "<modification name=\"" + attrs[i] + "\" operation=\"replace\">"
                        : "<attr name=\"" + attrs[i] + "\">").append(values)
                        .append(modify ? "</modification>\n" : "</attr>\n");
            }
            xml.append(modify ? "</modifications>\n" : "</attributes>\n");
        }
        return xml.append("</").append(request).append(">\n").toString();
    }

    public static String pupil(String request, String id, String lastName, String firstName, String classes,
            String relatives) {
        return request(request, "Eleve", id, "ENTPersonJointure", id, "sn", lastName, "givenName", firstName,
                "ENTPersonDateNaissance", "14/09/2010", "ENTPersonStructRattach", "S1", "ENTEleveClasses", classes,
                "ENTElevePersRelEleve", relatives);
    }

    public static String relative(String request, String id, String lastName, String firstName) {
        return request(request, "PersRelEleve", id, "ENTPersonJointure", id, "sn", lastName, "givenName",
                firstName, "ENTPersonDateNaissance", "");
    }

    public static String structure(String id, String uai, String type) {
        return request("addRequest", "EtabEducNat", id, "ENTStructureJointure", id, "ENTStructureUAI", uai,
                "ENTStructureNomCourant", "ECOLE " + id, "ENTStructureTypeStruct", type);
    }

    public static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
