package org.preau.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Group ids are stored: what {@link GroupRef} writes is exactly today's text, and it reads back only that. */
class GroupRefTest {

    private static final String U = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private enum Profile {
        STUDENT, LOCAL_ADMIN
    }

    @Test
    void writesTheStoredFormats() {
        UUID uuid = UUID.fromString(U);
        assertThat(new GroupRef.OfStructure(new StructureId(uuid), Profile.LOCAL_ADMIN).id())
                .isEqualTo("structure:" + U + ":LOCAL_ADMIN");
        assertThat(new GroupRef.OfClass(new ClassId(uuid), Profile.STUDENT).id()).isEqualTo("class:" + U + ":STUDENT");
        assertThat(new GroupRef.Manual(uuid).id()).isEqualTo("group:" + U);
        assertThat(new GroupRef.Manual(uuid)).hasToString("group:" + U);
    }

    @ParameterizedTest
    @ValueSource(strings = { "structure:" + U + ":TEACHER", "structure:" + U + ":LOCAL_ADMIN", "class:" + U + ":STUDENT",
            "class:" + U + ":RELATIVE", "group:" + U })
    void readsBackWhatItWrote(String id) {
        GroupRef ref = GroupRef.parse(id);
        assertThat(ref.id()).isEqualTo(id);
        assertThat(ref.toString()).isEqualTo(id);
        assertThat(GroupRef.parse(ref.id())).isEqualTo(ref);
    }

    @Test
    void eachFormIsItsKind() {
        assertThat(GroupRef.parse("structure:" + U + ":TEACHER"))
                .isEqualTo(new GroupRef.OfStructure(StructureId.of(U), "TEACHER"));
        assertThat(GroupRef.parse("class:" + U + ":STUDENT")).isEqualTo(new GroupRef.OfClass(ClassId.of(U), "STUDENT"));
        assertThat(GroupRef.parse("group:" + U)).isEqualTo(new GroupRef.Manual(UUID.fromString(U)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", ":", "group:", "group:nope", "group:" + U + ":STUDENT", "group:" + U + " ",
            "group:0F8FAD5B-D9CB-469F-A165-70867728950E", "group:f8fad5b-d9cb-469f-a165-70867728950e",
            "group:1-2-3-4-5", U, "structure:" + U, "structure:" + U + ":", "structure:" + U + ":teacher",
            "structure:" + U + ":TEACHER:", "structure:" + U + ":TEACHER:X", "structure::TEACHER",
            "structure:x:TEACHER", "structure:" + U + ":_TEACHER", "structure:" + U + ":TEACHER_",
            "structure:" + U + ":TEA CHER", "class:" + U + ":STUDENT ", " class:" + U + ":STUDENT",
            "Class:" + U + ":STUDENT", "classes:" + U + ":STUDENT", "person:" + U + ":STUDENT", "group" + U })
    void refusesEveryOtherForm(String text) {
        assertThat(GroupRef.tryParse(text)).isEmpty();
        assertThatThrownBy(() -> GroupRef.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aProfileIsAnUpperCaseWord() {
        assertThatThrownBy(() -> new GroupRef.OfClass(ClassId.of(U), "student:x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GroupRef.OfStructure(StructureId.of(U), ""))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
