package org.workerscontest.storage;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.workerscontest.storage.ReadStoreConfiguration.NodeName;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tells a load balancer which node holds the client's session: a browser's Vaadin UI and a tablet's signed-in
 * session live in one node's memory. A proxy routes by this cookie (see ops/deploy/nginx.conf), which open-source
 * nginx can do, where sticky cookies of its own are a commercial feature.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NodeRouteCookie extends OncePerRequestFilter {

    static final String NAME = "CONTEST_NODE";

    private final String node;

    NodeRouteCookie(NodeName node) {
        this.node = node.value();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!node.equals(cookie(request))) {
            Cookie route = new Cookie(NAME, node);
            route.setPath("/");
            route.setHttpOnly(true);
            response.addCookie(route);
        }
        chain.doFilter(request, response);
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (NAME.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
