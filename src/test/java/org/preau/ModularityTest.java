package org.preau;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Module boundaries hold, and the module documentation in docs/modules is current. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(Preau.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theExpectedModulesExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("platform", "directory", "identity", "portal", "demo");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
