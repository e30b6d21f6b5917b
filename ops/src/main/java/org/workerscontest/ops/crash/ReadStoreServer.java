package org.workerscontest.ops.crash;

import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-protocol server in its own process, holding the read models and positions of several application
 * nodes, for the cluster test: no real MongoDB can be installed where the tests run. Runs until killed.
 */
public final class ReadStoreServer {

    private ReadStoreServer() {
    }

    /** args: port on loopback. */
    public static void main(String[] args) throws InterruptedException {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", Integer.parseInt(args[0]));
        System.out.println("Read store listening on " + server.getLocalAddress());
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        new CountDownLatch(1).await();
    }
}
