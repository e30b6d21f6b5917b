package org.workerscontest.command;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.workerscontest.api.ApiProblems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives each API request that carries a client request id ({@code Idempotency-Key} or {@code X-Request-Id}) a
 * fingerprint: a hash of its method, path, query and body. The commands it sends carry it, so the same id sent
 * again with another request is told apart from a retry. A multipart upload is fingerprinted by method and path
 * alone: its boundary changes from one sending to the next. Ids longer than the request log keeps are refused.
 */
@Component
public class RequestFingerprints extends OncePerRequestFilter {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String REQUEST_ID = "X-Request-Id";
    /** The length of the request log's column. */
    public static final int MAX_REQUEST_ID = 100;
    private static final String ATTRIBUTE = RequestFingerprints.class.getName();
    /** Bodies of this size or less are read at once to hash them; the API's JSON bodies are far smaller. */
    private static final int MAX_HASHED_BODY = 1 << 20;

    private final ApiProblems problems;

    public RequestFingerprints(ApiProblems problems) {
        this.problems = problems;
    }

    /** The fingerprint of the API request being handled on this thread, if it has a client request id. */
    public static Optional<String> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? Optional.empty()
                : Optional.ofNullable((String) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (request.getHeader(IDEMPOTENCY_KEY) == null && request.getHeader(REQUEST_ID) == null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = Objects.requireNonNullElse(request.getHeader(IDEMPOTENCY_KEY), request.getHeader(REQUEST_ID));
        if (requestId.strip().length() > MAX_REQUEST_ID) {
            ApiProblems.write(request, response, problems.problem(HttpStatus.BAD_REQUEST, "error.request.idTooLong",
                    ApiProblems.locale(request), MAX_REQUEST_ID));
            return;
        }
        MessageDigest digest = sha256();
        digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                + Objects.toString(request.getQueryString(), "") + "\n").getBytes(StandardCharsets.UTF_8));
        HttpServletRequest forwarded = request;
        boolean multipart = request.getContentType() != null
                && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(MediaType.parseMediaType(request.getContentType()));
        if (!multipart && request.getContentLengthLong() <= MAX_HASHED_BODY) {
            byte[] body = request.getInputStream().readNBytes(MAX_HASHED_BODY + 1);
            digest.update(body);
            forwarded = new ReadBody(request, body);
        }
        request.setAttribute(ATTRIBUTE, HexFormat.of().formatHex(digest.digest()));
        chain.doFilter(forwarded, response);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The request with its body, already read for the hash, served again from memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body was read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    Charset.forName(Objects.requireNonNullElse(getCharacterEncoding(), "UTF-8"))));
        }
    }
}
