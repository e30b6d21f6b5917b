package org.workerscontest.storage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Correlation data taken only from commands, for the events they cause. Axon asks the providers for every
 * message created while a message is handled, in event processors too, where each handled event gets a
 * result message: that read every event's metadata in a replay, a fifth of the scoring processor's time.
 * No event handler needs it; the one that sends commands gives them their metadata itself.
 */
final class CommandCorrelation implements CorrelationDataProvider {

    private final List<CorrelationDataProvider> providers;

    CommandCorrelation(List<CorrelationDataProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (!(message instanceof CommandMessage<?>)) {
            return Map.of();
        }
        Map<String, Object> data = new HashMap<>();
        providers.forEach(provider -> data.putAll(provider.correlationDataFor(message)));
        return data;
    }
}
