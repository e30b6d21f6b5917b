package org.workerscontest.ops;

import java.util.Set;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times every handled command, tagged by its type and outcome: {@code ok}, {@code rejected} (a domain
 * rule said no: the user's input, not a fault) or {@code failed}.
 */
public class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    public static final String TIMER = "contest.commands";

    private final MeterRegistry registry;
    private final Set<Class<? extends Exception>> rejections;

    public CommandMetrics(MeterRegistry registry, Set<Class<? extends Exception>> rejections) {
        this.registry = registry;
        this.rejections = rejections;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failed";
        try {
            Object result = chain.proceed();
            outcome = "ok";
            return result;
        } catch (Exception e) {
            if (rejections.stream().anyMatch(type -> type.isInstance(e))) {
                outcome = "rejected";
            }
            throw e;
        } finally {
            sample.stop(Timer.builder(TIMER)
                    .description("Commands handled, by type and outcome")
                    .tag("command", simpleName(unitOfWork.getMessage().getCommandName()))
                    .tag("outcome", outcome)
                    .publishPercentileHistogram()
                    .register(registry));
        }
    }

    private static String simpleName(String commandName) {
        String name = commandName.substring(commandName.lastIndexOf('.') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }
}
