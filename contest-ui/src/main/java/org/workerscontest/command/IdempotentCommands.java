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
 * A command re-sent with the same client request id has no second effect and answers the first result.
 * The request id is recorded in the event store's database, in the same transaction as the events, so a
 * request is either handled and recorded, or neither.
 */
@Component
public class IdempotentCommands implements MessageHandlerInterceptor<CommandMessage<?>> {

    /** @param resultType the Java type of a result kept as JSON; null for a text (or no) result */
    public record HandledRequest(String commandName, String result, String resultType) {
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
        Optional<HandledRequest> earlier = find(requestId.toString());
        if (earlier.isPresent()) {
            return earlierResult(earlier.get(), command.getCommandName());
        }
        Object result = chain.proceed();
        boolean text = result == null || result instanceof String;
        try {
            jdbc.update("INSERT INTO command_request (request_id, command_name, result, result_type, user_name, "
                            + "handled_at) VALUES (?, ?, ?, ?, ?, ?)", requestId.toString(), command.getCommandName(),
                    text ? result : json.writeValueAsString(result), text ? null : result.getClass().getName(),
                    Objects.toString(command.getMetaData().get(CommandMetadata.USER), null),
                    Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException e) {
            throw new ConcurrentDuplicate(requestId.toString());
        }
        return result;
    }

    public Optional<HandledRequest> find(String requestId) {
        List<HandledRequest> rows = jdbc.query(
                "SELECT command_name, result, result_type FROM command_request WHERE request_id = ?",
                (row, number) -> new HandledRequest(row.getString(1), row.getString(2), row.getString(3)), requestId);
        return rows.stream().findFirst();
    }

    /** The same request id for another kind of command is a client's mistake, not a repeat. */
    public Object earlierResult(HandledRequest earlier, String commandName) {
        if (!earlier.commandName().equals(commandName)) {
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
