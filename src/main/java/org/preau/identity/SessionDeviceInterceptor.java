package org.preau.identity;

import org.preau.platform.PreauUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Notes, once per session, the device (browser) and address a logged-in session started from. */
@Configuration(proxyBeanMethods = false)
class SessionDeviceInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private static final int MAX_DEVICE = 200;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PreauUser) {
            var session = request.getSession(false);
            if (session != null && session.getAttribute(Sessions.DEVICE) == null) {
                String agent = request.getHeader("User-Agent");
                session.setAttribute(Sessions.DEVICE, agent == null ? "" : agent.substring(0, Math.min(agent.length(), MAX_DEVICE)));
                session.setAttribute(Sessions.ADDRESS, request.getRemoteAddr());
            }
        }
        return true;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }
}
