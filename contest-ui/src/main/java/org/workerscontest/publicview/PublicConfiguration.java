package org.workerscontest.publicview;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.workerscontest.api.ApiProblems;

@Configuration
class PublicConfiguration {

    @Bean
    PublicRateLimiter publicRateLimiter(@Value("${contest.public.requests-per-second}") double requestsPerSecond,
                                        @Value("${contest.public.burst}") int burst,
                                        @Value("${contest.public.streams-per-client}") int streamsPerClient) {
        return new PublicRateLimiter(requestsPerSecond, burst, streamsPerClient, System::nanoTime);
    }

    /** Objections are a form a person fills in: a few an hour from one address, so a flood cannot bury the organizers. */
    @Bean
    ObjectionLimit objectionLimit(@Value("${contest.public.objections-per-hour}") int perHour) {
        return new ObjectionLimit(perHour, System::nanoTime);
    }

    @Bean
    FilterRegistrationBean<PublicRateLimitFilter> publicRateLimitFilter(PublicRateLimiter limiter,
                                                                       ApiProblems problems) {
        var registration = new FilterRegistrationBean<>(new PublicRateLimitFilter(limiter, problems));
        registration.addUrlPatterns("/api/public/*");
        return registration;
    }
}
