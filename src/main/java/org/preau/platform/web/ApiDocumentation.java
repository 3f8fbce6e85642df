package org.preau.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerIndexTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The JSON API's description ({@code /v3/api-docs}) and its Swagger UI carry Préau's name and
 * logo: the description's title, summary and licence, and Swagger UI's style sheet extended with
 * {@code static/css/swagger-preau.css} (Préau's colours, its mark and name in the top bar).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI preauOpenApi() {
        var info = new Info().title("Préau API")
                .description("""
                        The JSON API of Préau, the open-source digital workspace for schools (ENT): \
                        the person logged in, structures, the directory, notifications, imports and the \
                        applications (one tag each). Every call acts as a person, with that person's rights: \
                        a session cookie or a personal access token (`Authorization: Bearer preau_…`, created in \
                        "Mon compte").""")
                .version("v1")
                .license(new License().name("AGPL-3.0").url("https://www.gnu.org/licenses/agpl-3.0.html"));
        info.addExtension("x-logo", Map.of("url", "/img/favicon.svg", "altText", "Préau"));
        return new OpenAPI().info(info);
    }

    /** Swagger UI's {@code index.css}, followed by Préau's own rules. */
    @Bean
    SwaggerIndexTransformer preauSwaggerUi(SwaggerUiConfigProperties config, SwaggerUiOAuthProperties oauth,
            SwaggerWelcomeCommon welcome, ObjectMapperProvider mapper) {
        return new SwaggerIndexPageTransformer(config, oauth, welcome, mapper) {
            @Override
            public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
                    throws IOException {
                if ("index.css".equals(resource.getFilename())) {
                    byte[] own = new ClassPathResource("static/css/swagger-preau.css").getContentAsByteArray();
                    String css = resource.getContentAsString(StandardCharsets.UTF_8) + "\n"
                            + new String(own, StandardCharsets.UTF_8);
                    return new TransformedResource(resource, css.getBytes(StandardCharsets.UTF_8));
                }
                return super.transform(request, resource, chain);
            }
        };
    }
}
