package org.workerscontest.command;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.workerscontest.shared.CommandMetadata;
import org.workerscontest.shared.DomainRuleViolation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A command re-sent with the same client request id by the same user has no second effect and answers the first
 * result. The request is recorded in the event store's database, in the command's transaction, so a request is
 * either handled and recorded with its events, or neither. Request ids are per user: one user's id never
 * answers another's request. A request id sent again with another request (another path or body, see
 * {@link RequestFingerprints}) is refused instead of being answered with the first one's result.
 */
@Component
public class IdempotentCommands implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** Metadata key of the client request's fingerprint; not copied onto events. */
    public static final String FINGERPRINT = "requestFingerprint";

    /**
     * @param fingerprint of the client request that sent the command; null for requests recorded before
     *                    fingerprints were kept, which match any
     * @param resultType the Java type of a result kept as JSON; null for a text (or no) result
     */
    public record HandledRequest(String commandName, String fingerprint, String result, String resultType) {
    }

    /** Two copies of one request raced and the other one won; this copy's work was rolled back. */
    public static class ConcurrentDuplicate extends RuntimeException {
        ConcurrentDuplicate(String requestId) {
            super("Request " + requestId + " was handled concurrently");
        }
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public IdempotentCommands(JdbcTemplate jdbc, ObjectMapper defaultAxonObjectMapper) {
        this.jdbc = jdbc;
        this.json = defaultAxonObjectMapper;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object requestId = command.getMetaData().get(CommandMetadata.REQUEST_ID);
        if (requestId == null) {
            return chain.proceed();
        }
        String user = userOf(command);
        String fingerprint = Objects.toString(command.getMetaData().get(FINGERPRINT), null);
        Optional<HandledRequest> earlier = find(user, requestId.toString());
        if (earlier.isPresent()) {
            return earlierResult(earlier.get(), command.getCommandName(), fingerprint);
        }
        Object result = chain.proceed();
        boolean text = result == null || result instanceof String;
        try {
            jdbc.update("INSERT INTO client_request (user_name, request_id, command_name, fingerprint, result, "
                            + "result_type, handled_at) VALUES (?, ?, ?, ?, ?, ?, ?)", user, requestId.toString(),
                    command.getCommandName(), fingerprint, text ? result : json.writeValueAsString(result),
                    text ? null : result.getClass().getName(), Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException e) {
            throw new ConcurrentDuplicate(requestId.toString());
        }
        return result;
    }

    private static String userOf(CommandMessage<?> command) {
        return Objects.toString(command.getMetaData().get(CommandMetadata.USER), "");
    }

    public Optional<HandledRequest> find(String user, String requestId) {
        List<HandledRequest> rows = jdbc.query("SELECT command_name, fingerprint, result, result_type FROM client_request"
                        + " WHERE user_name = ? AND request_id = ?",
                (row, number) -> new HandledRequest(row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4)), user, requestId);
        return rows.stream().findFirst();
    }

    /** The same request id for another kind of command, or for another request, is a client's mistake, not a repeat. */
    public Object earlierResult(HandledRequest earlier, String commandName, String fingerprint) {
        boolean sameRequest = earlier.fingerprint() == null || fingerprint == null
                || earlier.fingerprint().equals(fingerprint);
        if (!earlier.commandName().equals(commandName) || !sameRequest) {
            throw new DomainRuleViolation("error.request.reused");
        }
        if (earlier.resultType() == null) {
            return earlier.result();
        }
        try {
            return json.readValue(earlier.result(), Class.forName(earlier.resultType()));
        } catch (JsonProcessingException | ClassNotFoundException e) {
            throw new IllegalStateException("Unreadable earlier result of request for " + commandName, e);
        }
    }
}
