package org.workerscontest.publicview;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.workerscontest.api.ApiProblems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Answers 429 with a problem body and Retry-After when a client has used up its share. */
class PublicRateLimitFilter extends OncePerRequestFilter {

    private final PublicRateLimiter limiter;
    private final ApiProblems problems;

    PublicRateLimitFilter(PublicRateLimiter limiter, ApiProblems problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = limiter.admit(request.getRemoteAddr());
        if (wait > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
            ApiProblems.write(request, response, problems.problem(HttpStatus.TOO_MANY_REQUESTS,
                    "error.api.tooManyRequests", ApiProblems.locale(request)));
            return;
        }
        chain.doFilter(request, response);
    }
}
