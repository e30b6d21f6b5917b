package org.workerscontest.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.workerscontest.i18n.Translations;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * RFC 9457 problem bodies with a message in the caller's language (Accept-Language; Chinese when none)
 * and a stable {@code code} (the message key) that programs can test instead of the text.
 */
@Component
public class ApiProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Translations translations;

    public ApiProblems(Translations translations) {
        this.translations = translations;
    }

    public static Locale locale(HttpServletRequest request) {
        return Translations.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public ProblemDetail problem(HttpStatus status, String code, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setProperty("code", code);
        return problem;
    }

    public ProblemDetail problem(HttpStatus status, String code, Locale locale, Object... arguments) {
        return problem(status, code, translations.getTranslation(code, locale, arguments));
    }

    /** Entry point of the API's security chain: no or wrong credentials. */
    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"contest\", charset=\"UTF-8\"");
        write(request, response, problem(HttpStatus.UNAUTHORIZED, "error.api.unauthorized", locale(request)));
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, problem(HttpStatus.FORBIDDEN, "error.api.forbidden", locale(request)));
    }

    /** The same members Spring MVC writes for a ProblemDetail, for responses written before MVC is reached. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", Objects.toString(problem.getType(), "about:blank"));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        body.putAll(problem.getProperties());
        response.setStatus(problem.getStatus());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), body);
    }
}
