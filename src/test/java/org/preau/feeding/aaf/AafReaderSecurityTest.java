package org.preau.feeding.aaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preau.feeding.aaf.AafXml.file;
import static org.preau.feeding.aaf.AafXml.pupil;
import static org.preau.feeding.aaf.AafXml.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.preau.feeding.source.Rejection;
import org.preau.feeding.source.SourceBatch;

/** No AAF file may make the reader fetch or expand anything: XXE, parameter entities, entity bombs. */
class AafReaderSecurityTest {

    private static final String SECRET = "TOP-SECRET-7d1e";
    private static final String BODY = "<ficAlimMENESR>\n" + pupil("addRequest", "1", "&xxe;", "Ana", "S1$6A", "")
            + "</ficAlimMENESR>\n";

    @TempDir
    Path dir;
    private Path secret;
    private final AafReader reader = new AafReader();

    @BeforeEach
    void writeSecret() throws IOException {
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    @Test
    void refusesADoctypePointingToALocalFile() throws IOException {
        Path evil = write(dir, "ENT_Eleve_0000.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE ficAlimMENESR SYSTEM \""
                + secret.toUri() + "\">\n" + BODY.replace("&xxe;", "Nom"));
        assertRefused(reader.read(List.of(evil)));
    }

    @Test
    void refusesAnExternalEntityDeclaration() throws IOException {
        Path evil = write(dir, "ENT_Eleve_0000.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE ficAlimMENESR [\n"
                + "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n" + BODY);
        assertRefused(reader.read(List.of(evil)));
    }

    @Test
    void refusesAParameterEntity() throws IOException {
        Path evil = write(dir, "ENT_Eleve_0000.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE ficAlimMENESR [\n"
                + "<!ENTITY % p SYSTEM \"" + secret.toUri() + "\"> %p;\n]>\n" + BODY.replace("&xxe;", "Nom"));
        assertRefused(reader.read(List.of(evil)));
    }

    @Test
    void refusesAnEntityBomb() throws IOException {
        StringBuilder dtd = new StringBuilder("<!ENTITY x0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY x").append(i).append(" \"").append(("&x" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path evil = write(dir, "ENT_Eleve_0000.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE ficAlimMENESR [" + dtd
                + "]>\n" + BODY.replace("&xxe;", "&x9;"));
        assertRefused(reader.read(List.of(evil)));
    }

    @Test
    void readsTheOtherFilesOfTheBatch() throws IOException {
        Path evil = write(dir, "ENT_Eleve_0000.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE ficAlimMENESR [\n"
                + "<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n" + BODY);
        Path good = write(dir, "ENT_Eleve_0001.xml", file(pupil("addRequest", "2", "Nom", "Ana", "S1$6A", "")));
        SourceBatch batch = reader.read(List.of(evil, good));
        assertThat(batch.persons()).extracting(p -> p.externalId()).containsExactly("2");
        assertThat(batch.rejected()).singleElement().extracting(Rejection::file).isEqualTo("ENT_Eleve_0000.xml");
    }

    private static void assertRefused(SourceBatch batch) {
        assertThat(batch.persons()).isEmpty();
        assertThat(batch.rejected()).singleElement().satisfies(r -> {
            assertThat(r.messageKey()).isEqualTo(DoctypeGuard.FORBIDDEN);
            assertThat(r.file()).isEqualTo("ENT_Eleve_0000.xml");
            assertThat(r.line()).as("the DOCTYPE's lines").isBetween(2, 4);
        });
        assertThat(batch.toString()).doesNotContain(SECRET).doesNotContain("lollol");
    }
}
