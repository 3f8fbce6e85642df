package org.preau.platform.web;

import java.util.List;

import org.preau.platform.ClassId;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Ids are typed once, at the web edge: a handler declares {@code @PathVariable PersonId id}
 * (or {@code StructureId}, {@code ClassId}, {@code UUID}) and gets a parsed id. A path whose id
 * is not one is a 404, answered as any other (a page in the person's language, a problem detail
 * under {@code /api}): nothing can be at an address that cannot exist.
 */
@Configuration(proxyBeanMethods = false)
class TypedIds implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, PersonId.class, PersonId::of);
        registry.addConverter(String.class, StructureId.class, StructureId::of);
        registry.addConverter(String.class, ClassId.class, ClassId::of);
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        List<HandlerExceptionResolver> others = List.copyOf(resolvers);
        resolvers.addFirst((request, response, handler, failure) -> {
            if (!(failure instanceof MethodArgumentTypeMismatchException mismatch)
                    || !mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
                return null;
            }
            var notFound = new ResponseStatusException(HttpStatus.NOT_FOUND);
            for (HandlerExceptionResolver resolver : others) {
                var view = resolver.resolveException(request, response, handler, notFound);
                if (view != null) {
                    return view;
                }
            }
            return null;
        });
    }
}
