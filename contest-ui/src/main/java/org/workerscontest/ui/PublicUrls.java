package org.workerscontest.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address the public reaches this server at, for QR codes on screens and certificates: the
 * configured {@code contest.public.url}, else the address of the request being served.
 */
@Component
public class PublicUrls {

    private final String configured;

    public PublicUrls(@Value("${contest.public.url}") String configured) {
        this.configured = configured.strip().replaceAll("/+$", "");
    }

    /** Without a trailing slash; empty when neither is known (e.g. a push over a websocket). */
    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        HttpServletRequest http = currentRequest();
        if (http == null) {
            return "";
        }
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath();
    }

    /** Where a certificate's QR code leads: the public page that says whether the honour stands. */
    public String verification(String nominationId) {
        return base() + "/verify/" + nominationId;
    }

    private static HttpServletRequest currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        VaadinServletRequest vaadin = VaadinServletRequest.getCurrent();
        return vaadin == null ? null : vaadin.getHttpServletRequest();
    }
}
