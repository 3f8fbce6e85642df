package org.preau.portal;

import static org.preau.access.MatrixProbes.Probe.anywhere;
import static org.preau.access.MatrixProbes.Probe.launcher;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.preau.access.MatrixProbes;

/** The portal's actions in the authorization matrix. */
class PortalMatrixProbes implements MatrixProbes {

    @Override
    public Map<String, Probe> probes(Demo demo) {
        return Map.of("account.edit", anywhere(() -> post("/account/contact").param("email", "").param("mobile", "")
                .with(csrf())),
                "portal.api-docs", launcher("api"));
    }

    @Override
    public Map<String, String> notResources() {
        return Map.of("personalize/{key}", "a widget of one's own home page, by its key: nothing of a school");
    }
}
