package org.workerscontest.api;

import java.util.Locale;
import java.util.NoSuchElementException;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.workerscontest.i18n.Translations;
import org.workerscontest.shared.DomainRuleViolation;
import org.workerscontest.ui.ImportCheck.ImportRefused;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;

/** Turns every refusal into a problem body; nothing the API refuses has changed anything. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblems problems;
    private final Translations translations;

    public ApiExceptionHandler(ApiProblems problems, Translations translations) {
        this.problems = problems;
        this.translations = translations;
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail refused(DomainRuleViolation violation, HttpServletRequest request) {
        return problems.problem(statusOf(violation.messageKey()), violation.messageKey(),
                translations.describe(violation, ApiProblems.locale(request)));
    }

    /**
     * Unknown things are 404; acting outside one's panel is 403; a clash with what exists (a taken name,
     * a withdrawn team, a locked sheet) is 409; too many open streams or objections is 429; a server
     * without a Chinese font for certificates, too busy to store a command in time, or kept from a rebuild by
     * another node, is 503.
     */
    static HttpStatus statusOf(String messageKey) {
        if (messageKey.endsWith("tooManyStreams") || messageKey.endsWith(".tooMany")) {
            return HttpStatus.TOO_MANY_REQUESTS;
        }
        if (messageKey.equals("error.certificate.noFont") || messageKey.equals("error.store.busy")
                || messageKey.equals("error.projection.heldElsewhere")) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        if (messageKey.endsWith("notChiefJudge") || messageKey.endsWith("notOnPanel")
                || messageKey.endsWith("notYourCriterion") || messageKey.endsWith("notYourUnit")
                || messageKey.endsWith("report.notAllowed")) {
            return HttpStatus.FORBIDDEN;
        }
        if (messageKey.endsWith(".unknown") || messageKey.endsWith("Unknown") || messageKey.endsWith("notFound")) {
            return HttpStatus.NOT_FOUND;
        }
        if (messageKey.endsWith("Taken") || messageKey.endsWith(".exists") || messageKey.endsWith(".withdrawn")
                || messageKey.endsWith(".reused") || messageKey.endsWith(".locked") || messageKey.endsWith(".closed")
                || messageKey.endsWith("alreadyOpen") || messageKey.endsWith("marksEntered")
                || messageKey.endsWith(".verified") || messageKey.endsWith("periodClosed")
                || messageKey.endsWith(".concluded") || messageKey.endsWith("otherUnit")
                || messageKey.equals("error.result.evaluated") || messageKey.equals("error.result.adopted")
                || messageKey.startsWith("error.round.not") || messageKey.equals("error.round.quotaFull")
                || messageKey.startsWith("error.conferral.") || messageKey.equals("error.nomination.decided")
                || messageKey.equals("error.certificate.revoked") || messageKey.equals("error.certificate.notConferred")
                || messageKey.equals("error.worker.merged") || messageKey.endsWith("notEmbedded")) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.BAD_REQUEST;
    }

    /** A refused spreadsheet: every problem, by row, in the caller's language. */
    @ExceptionHandler(ImportRefused.class)
    ProblemDetail importRefused(ImportRefused refused, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "error.import.refused",
                String.join("\n", refused.problems()));
        problem.setProperty("problems", refused.problems());
        return problem;
    }

    @ExceptionHandler({AggregateNotFoundException.class, NoSuchElementException.class})
    ProblemDetail notFound(Exception e, HttpServletRequest request) {
        return problems.problem(HttpStatus.NOT_FOUND, "error.notFound", ApiProblems.locale(request),
                request.getRequestURI());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Locale locale = ApiProblems.locale(request);
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jackson.getPath().stream().map(JacksonException.Reference::getPropertyName)
                    .filter(name -> name != null).reduce((first, second) -> first + "." + second).orElse("?");
            return problems.problem(HttpStatus.BAD_REQUEST, "error.api.invalidField", locale, field);
        }
        return problems.problem(HttpStatus.BAD_REQUEST, "error.api.unreadable", locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problems.problem(HttpStatus.BAD_REQUEST, "error.api.invalidField", ApiProblems.locale(request),
                e.getName());
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return problems.problem(HttpStatus.BAD_REQUEST, "error.api.invalidField", ApiProblems.locale(request),
                e.getHeaderName());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail forbidden(Exception e, HttpServletRequest request) {
        return problems.problem(HttpStatus.FORBIDDEN, "error.api.forbidden", ApiProblems.locale(request));
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", ApiProblems.locale(request));
    }
}
