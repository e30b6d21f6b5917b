package org.workerscontest.command;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionTimedOutException;
import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.shared.CommandMetadata;
import org.workerscontest.shared.DomainRuleViolation;

/**
 * Sends commands with the acting user, role and client request id in their metadata. {@link #send} returns
 * once the read models show the change, so that the next page a user sees includes what they just did;
 * {@link #submit} returns once the events are stored, for answers made from the command's own result.
 */
@Component
public class Commands {

    private static final Logger log = LoggerFactory.getLogger(Commands.class);
    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(5);
    /** Tries of a command that met events another node stored meanwhile; each takes the state afresh. */
    private static final int ATTEMPTS_ON_CONFLICT = 5;

    public record Actor(String user, String role) {
        public static final Actor SYSTEM = new Actor(CommandMetadata.SYSTEM_USER, "SYSTEM");
        /** Anyone, without an account: e.g. an objection filed on the public notice page. */
        public static final Actor PUBLIC = new Actor("public", "PUBLIC");
    }

    private final CommandGateway gateway;
    private final IdempotentCommands idempotentCommands;
    private final ProjectionAdmin projections;
    /**
     * The application's own, not the JVM-wide {@link SecurityContextHolder}'s: that is the last started
     * application's, which is another node's when a test runs two in one JVM.
     */
    private final SecurityContextHolderStrategy security;

    public Commands(CommandGateway gateway, IdempotentCommands idempotentCommands, ProjectionAdmin projections,
                    SecurityContextHolderStrategy security) {
        this.gateway = gateway;
        this.idempotentCommands = idempotentCommands;
        this.projections = projections;
        this.security = security;
    }

    public static String newRequestId() {
        return RandomIdentifiers.next();
    }

    /** As the signed-in user. */
    public <R> R send(Object command, String requestId) {
        return sendAs(currentActor(), command, requestId);
    }

    public <R> R sendAs(Actor actor, Object command, String clientRequestId) {
        R result = dispatch(actor, command, clientRequestId);
        awaitReadModels(command.getClass().getSimpleName());
        return result;
    }

    /** Until the read models show every command handled so far; after {@link #submit} of several commands. */
    public void awaitReadModels(String after) {
        if (!projections.awaitCaughtUp(READ_MODEL_WAIT)) {
            log.warn("Read models did not catch up within {} after {}: {}", READ_MODEL_WAIT, after,
                    projections.statuses());
        }
    }

    /**
     * As the signed-in user, answering once the events are stored, without waiting for the read models: for
     * commands whose result tells the client all it needs (a judge's mark), where the wait would be most of the
     * answer's time. What the client reads next may not show the change yet.
     */
    public <R> R submit(Object command, String requestId) {
        return dispatch(currentActor(), command, requestId);
    }

    private <R> R dispatch(Actor actor, Object command, String clientRequestId) {
        String requestId = clientRequestId == null ? newRequestId() : clientRequestId;
        Map<String, Object> metaData = new HashMap<>(Map.of(CommandMetadata.USER, actor.user(), CommandMetadata.ROLE,
                actor.role(), CommandMetadata.REQUEST_ID, requestId));
        RequestFingerprints.current().ifPresent(fingerprint -> metaData.put(IdempotentCommands.FINGERPRINT, fingerprint));
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
            } catch (RuntimeException e) {
                RuntimeException cause = e instanceof CommandExecutionException
                        && e.getCause() instanceof RuntimeException inner ? inner : e;
                if (!(cause instanceof ConcurrencyException) || attempt == ATTEMPTS_ON_CONFLICT) {
                    return failed(cause, actor, command, requestId, (String) metaData.get(IdempotentCommands.FINGERPRINT));
                }
                // Another node stored an event for the aggregate first: nothing of this try was stored, and the
                // rollback dropped the kept aggregate, so the next try decides on the stored state.
                log.debug("{} met a newer event of its aggregate, try {}", command.getClass().getSimpleName(), attempt);
            }
        }
    }

    private <R> R failed(RuntimeException cause, Actor actor, Object command, String requestId, String fingerprint) {
        if (cause instanceof AggregateStreamCreationException) {
            // A create command for an id that is taken: the event store's unique key said no.
            throw new DomainRuleViolation("error.record.exists");
        }
        if (cause instanceof TransactionTimedOutException || cause instanceof ConcurrencyException) {
            // Rolled back at its commit deadline (CommandTransactions), or outrun by other nodes at every try:
            // nothing is stored; a retry may succeed.
            throw new DomainRuleViolation("error.store.busy");
        }
        if (!(cause instanceof IdempotentCommands.ConcurrentDuplicate)) {
            throw cause;
        }
        return earlierResult(actor, command, requestId, fingerprint);
    }

    /** Whether the signed-in user's request with this id has already been handled (a client's retry). */
    public boolean alreadyHandled(String requestId) {
        return requestId != null && idempotentCommands.find(currentActor().user(), requestId).isPresent();
    }

    @SuppressWarnings("unchecked")
    private <R> R earlierResult(Actor actor, Object command, String requestId, String fingerprint) {
        var earlier = idempotentCommands.find(actor.user(), requestId).orElseThrow();
        return (R) idempotentCommands.earlierResult(earlier, command.getClass().getName(), fingerprint);
    }

    /** The signed-in user and their role, as commands carry them. */
    public Actor currentActor() {
        Authentication authentication = security.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("Commands need a signed-in user");
        }
        String role = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .findFirst().orElse("");
        return new Actor(authentication.getName(), role);
    }
}
