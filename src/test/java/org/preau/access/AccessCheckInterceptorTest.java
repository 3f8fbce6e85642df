package org.preau.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.preau.platform.PersonId;
import org.preau.platform.PreauUser;
import org.preau.platform.StructureId;
import org.preau.platform.web.AnyAuthenticated;
import org.preau.platform.web.PublicEndpoint;
import org.preau.platform.web.RequiresAction;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;

/** The interceptor refuses what has no rule and checks actions where the rule says. */
class AccessCheckInterceptorTest {

    private final Rights rights = mock(Rights.class);
    private final AccessCheckInterceptor interceptor = new AccessCheckInterceptor(rights);
    private final PreauUser user = new PreauUser(new PersonId(UUID.randomUUID()), "x", "X", Set.of(), true, null);

    @SuppressWarnings("unused")
    static class Handlers {

        public void forgotten() {
        }

        @PublicEndpoint
        public void open() {
        }

        @AnyAuthenticated
        public void anyone() {
        }

        @AnyAuthenticated
        @PublicEndpoint
        public void both() {
        }

        @RequiresAction({ "a.one", "a.two" })
        public void anywhere() {
        }

        @RequiresAction(value = "a.one", structure = "id")
        public void inStructure() {
        }
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anEndpointWithoutARuleIsRefusedEvenToALoggedInPerson() {
        logIn();
        assertThatThrownBy(() -> call("forgotten", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> call("both", null)).isInstanceOf(AccessDeniedException.class);
        verifyNoInteractions(rights);
    }

    @Test
    void publicEndpointsPassWithoutLoginAndOthersDoNot() throws Exception {
        assertThat(call("open", null)).isTrue();
        assertThatThrownBy(() -> call("anyone", null)).isInstanceOf(AccessDeniedException.class);
        logIn();
        assertThat(call("anyone", null)).isTrue();
    }

    @Test
    void anyOfTheActionsIsEnough() throws Exception {
        logIn();
        when(rights.allowed(user, "a.one")).thenReturn(false);
        when(rights.allowed(user, "a.two")).thenReturn(true);
        assertThat(call("anywhere", null)).isTrue();
        when(rights.allowed(user, "a.two")).thenReturn(false);
        assertThatThrownBy(() -> call("anywhere", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theActionIsCheckedInTheStructureOfThePath() throws Exception {
        logIn();
        StructureId structure = new StructureId(UUID.randomUUID());
        when(rights.allowed(eq(user), eq("a.one"), any(StructureId.class))).thenReturn(false);
        when(rights.allowed(user, "a.one", structure)).thenReturn(true);
        assertThat(call("inStructure", structure.toString())).isTrue();
        assertThatThrownBy(() -> call("inStructure", UUID.randomUUID().toString()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> call("inStructure", "not-an-id")).isInstanceOf(ResponseStatusException.class);
        verify(rights).allowed(user, "a.one", structure);
    }

    private boolean call(String method, String structure) throws Exception {
        var request = new MockHttpServletRequest("GET", "/x");
        if (structure != null) {
            request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("id", structure));
        }
        var handler = new HandlerMethod(new Handlers(), Handlers.class.getMethod(method));
        return interceptor.preHandle(request, new MockHttpServletResponse(), handler);
    }

    private void logIn() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
