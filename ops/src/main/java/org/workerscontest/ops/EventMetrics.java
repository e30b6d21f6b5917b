package org.workerscontest.ops;

import java.util.List;
import java.util.function.BiFunction;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts events appended to the store, by type, once their transaction has committed. */
public class EventMetrics implements MessageDispatchInterceptor<EventMessage<?>> {

    public static final String COUNTER = "contest.events.appended";

    private final MeterRegistry registry;

    public EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            Runnable count = () -> Counter.builder(COUNTER)
                    .description("Events appended to the event store, by type")
                    .tag("type", event.getPayloadType().getSimpleName())
                    .register(registry).increment();
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(unitOfWork -> count.run());
            } else {
                count.run();
            }
            return event;
        };
    }
}
