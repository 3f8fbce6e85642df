package org.preau.platform.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any {@code /api} path that no controller serves is a 404 problem detail, never an HTML page. */
@RestController
@AnyAuthenticated
class ApiFallbackController {

    @RequestMapping("/api/**")
    void unknown() {
        throw ApiProblem.notFound();
    }
}
