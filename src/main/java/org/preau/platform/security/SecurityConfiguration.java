package org.preau.platform.security;

import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.preau.platform.SecondFactor;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import jakarta.servlet.DispatcherType;

/**
 * The security baseline: form login with a session stored in the database, CSRF on every
 * write (form field or {@code X-XSRF-TOKEN} header from the {@code XSRF-TOKEN} cookie), a
 * strict content security policy and ProblemDetail answers for the JSON API. A person who must
 * give a second factor ({@link SecondFactor}) reaches nothing but its page until they do: pages
 * send them there, the API answers 401.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CSP = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * Argon2id with OWASP's parameters (19 MiB, 2 passes, 1 lane), checked by the reference C
     * library ({@link NativeArgon2}: about 15 ms a verify on one core here, see docs/benchmarks.md);
     * BCrypt hashes still verify and are upgraded at login.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoders = new java.util.HashMap<String, PasswordEncoder>();
        encoders.put("argon2", new NativeArgon2());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    /**
     * Every {@code authenticated()} or {@code hasRole()} rule of both chains also asks for the
     * second factor, when the login carries {@link SecondFactor#REQUIRED}.
     */
    @Bean
    AuthorizationManagerFactory<RequestAuthorizationContext> secondFactorRules() {
        return AuthorizationManagerFactories.<RequestAuthorizationContext>multiFactor()
                .when(SecondFactor::required)
                .requireFactors(SecondFactor.FACTOR)
                .build();
    }

    /**
     * Spring Security's filters are not each wrapped in a Micrometer observation: nothing reads
     * those observations, and they cost a logged-in request more than its own work (JFR, issue 19).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The CSRF token travels in a secure, script-readable {@code XSRF-TOKEN} cookie. */
    @Bean
    CookieCsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.secure(true).sameSite("Lax"));
        return repository;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems, CookieCsrfTokenRepository csrfTokens,
            ObjectProvider<ApiTokenAuthenticator> tokens) throws Exception {
        tokens.ifAvailable(authenticator -> http.addFilterBefore(new BearerTokenFilter(authenticator, problems),
                org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class));
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                // a bearer token is not sent by browsers on their own: no CSRF check for it
                .csrf(csrf -> csrf.spa().csrfTokenRepository(csrfTokens).ignoringRequestMatchers(BearerTokenFilter::hasBearer))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(problems::unauthorized)
                        .defaultDeniedHandlerForMissingAuthority(problems::unauthorized, SecondFactor.FACTOR)
                        .defaultAccessDeniedHandlerFor(problems::forbidden, AnyRequestMatcher.INSTANCE))
                .headers(this::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, CookieCsrfTokenRepository csrfTokens,
            ObjectProvider<AuthenticationFailureHandler> failureHandler) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(PathRequest.toStaticResources().atCommonLocations()).permitAll()
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/login", "/activate", "/activate/**", "/error", "/actuator/health/**").permitAll()
                        // the second step itself needs the password only
                        .requestMatchers(SecondFactor.PAGE, SecondFactor.PAGE + "/**")
                        .access(AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("CENTRAL_ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(loginSuccess())
                        .failureHandler(failureHandler.getIfAvailable(
                                () -> new SimpleUrlAuthenticationFailureHandler("/login?error"))))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .deleteCookies("SESSION"))
                .csrf(csrf -> csrf.spa().csrfTokenRepository(csrfTokens))
                .exceptionHandling(ex -> ex.defaultDeniedHandlerForMissingAuthority(
                        (request, response, e) -> response.sendRedirect(request.getContextPath() + SecondFactor.PAGE),
                        SecondFactor.FACTOR))
                .requestCache(cache -> cache.requestCache(requestCache()))
                .httpBasic(basic -> basic.disable())
                .headers(this::headers);
        return http.build();
    }

    /**
     * After the password, the second step when it is needed (where they were going stays saved
     * for after it); otherwise where they were going, or home.
     */
    private static AuthenticationSuccessHandler loginSuccess() {
        var saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setDefaultTargetUrl("/");
        saved.setRequestCache(requestCache());
        return (request, response, authentication) -> {
            if (SecondFactor.pending(authentication)) {
                response.sendRedirect(request.getContextPath() + SecondFactor.PAGE);
            } else {
                saved.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /**
     * Sends people back where they were going after login, without a {@code ?continue} in the
     * address; never to a stream of Server-Sent Events that a page opened in the background.
     */
    private static HttpSessionRequestCache requestCache() {
        var cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        cache.setRequestMatcher(request -> {
            String accept = request.getHeader("Accept");
            return accept == null || !accept.contains("text/event-stream");
        });
        return cache;
    }

    private void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(ref -> ref.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"))
                .contentTypeOptions(Customizer.withDefaults());
    }
}
