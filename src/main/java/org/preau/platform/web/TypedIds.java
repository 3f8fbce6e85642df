package org.preau.platform.web;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.preau.platform.ClassId;
import org.preau.platform.GroupRef;
import org.preau.platform.PersonId;
import org.preau.platform.StructureId;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Ids are typed once, at the web edge: a handler declares {@code @PathVariable PersonId id}
 * (or {@code StructureId}, {@code ClassId}, {@code UUID}, and {@code @RequestParam GroupRef group})
 * and gets a parsed id. A path whose id is not one is a 404, answered as any other (a page in the
 * person's language; under a {@code @RestController}, the same problem detail as
 * {@link ApiProblem#notFound()}): nothing can be at an address that cannot exist. So is a request
 * parameter of one of these types (or a list of them): it names something that cannot exist. A
 * blank parameter is an absent one (a form's empty choice).
 */
@Configuration(proxyBeanMethods = false)
class TypedIds implements WebMvcConfigurer {

    /** The types of ids this edge converts: a request parameter of one of them that does not parse is a 404. */
    static final Set<Class<?>> ID_TYPES = Set.of(PersonId.class, StructureId.class, ClassId.class, UUID.class,
            GroupRef.class);

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, PersonId.class, orNull(PersonId::of));
        registry.addConverter(String.class, StructureId.class, orNull(StructureId::of));
        registry.addConverter(String.class, ClassId.class, orNull(ClassId::of));
        registry.addConverter(String.class, GroupRef.class, orNull(GroupRef::parse));
    }

    private static <T> Converter<String, @Nullable T> orNull(Function<String, T> parse) {
        return text -> text.isBlank() ? null : parse.apply(text);
    }

    /** Whether a failed conversion is of an id at the web edge (a path variable, or a parameter of an id type). */
    static boolean isId(MethodArgumentTypeMismatchException mismatch) {
        var parameter = mismatch.getParameter();
        if (parameter.hasParameterAnnotation(PathVariable.class)) {
            return true;
        }
        var type = ResolvableType.forMethodParameter(parameter);
        if (type.toClass() == Optional.class || Collection.class.isAssignableFrom(type.toClass())) {
            type = type.getGeneric(0);
        }
        return parameter.hasParameterAnnotation(RequestParam.class) && ID_TYPES.contains(type.toClass());
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        List<HandlerExceptionResolver> others = List.copyOf(resolvers);
        resolvers.addFirst((request, response, handler, failure) -> {
            if (!(failure instanceof MethodArgumentTypeMismatchException mismatch) || !isId(mismatch)) {
                return null;
            }
            Exception notFound = handler instanceof HandlerMethod method
                    && AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class)
                            ? ApiProblem.notFound() : new ResponseStatusException(HttpStatus.NOT_FOUND);
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
