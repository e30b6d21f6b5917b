package org.workerscontest.storage;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Configuration;
import org.workerscontest.ops.ProjectionAdmin;
import org.workerscontest.ops.SharedTokens;

import io.micrometer.core.instrument.MeterRegistry;

@Configuration(proxyBeanMethods = false)
public class OpsConfiguration {

    @Bean
    ProjectionAdmin projectionAdmin(EventProcessingConfiguration processing, EventStore eventStore,
                                    SharedTokens tokens, SharedTokens.RebuildRequests rebuildRequests) {
        return new ProjectionAdmin(processing, eventStore, tokens, rebuildRequests);
    }

    /** The processors exist once Axon has started, not when this bean is made. */
    @EventListener(ApplicationReadyEvent.class)
    void bindProcessorMetrics(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(ProjectionAdmin.class)
                .bindMetrics(ready.getApplicationContext().getBean(MeterRegistry.class));
    }
}
