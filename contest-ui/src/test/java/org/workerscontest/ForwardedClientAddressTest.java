package org.workerscontest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behind a proxy (CONTEST_FORWARD_HEADERS=native) the public limits count per client as the proxy names it in
 * X-Forwarded-For, not per proxy: a venue's big screen is not refused because a crowd's phones flood the API.
 * A node of its own, stopped at the end: a second application context kept open beside the suite's shared one
 * stalled that one's event processors.
 */
class ForwardedClientAddressTest {

    @TempDir
    Path data;

    @Test
    void aClientFloodingThroughTheProxyIsRefusedAndAnotherClientThroughItIsNot() {
        try (TestNode node = TestNode.start(data, "--server.forward-headers-strategy=native")) {
            ApiScenario api = node.api;
            api.setUpContest();
            ApiClient.Response refused = null;
            for (int i = 0; i < 200 && refused == null; i++) {
                ApiClient.Response response = api.publicResultsAs("203.0.113.7");
                if (response.status() == 429) {
                    refused = response;
                }
            }
            assertThat(refused).as("the flooding client is refused").isNotNull();
            assertThat(refused.code()).isEqualTo("error.api.tooManyRequests");

            assertThat(api.publicResultsAs("203.0.113.8").status()).isEqualTo(200);
        }
    }
}
