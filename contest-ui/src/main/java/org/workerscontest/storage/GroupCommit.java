package org.workerscontest.storage;

/**
 * Writes committed transactions out to the file before their commands are answered, many at once. H2 keeps a
 * commit in memory until its background writer stores it (up to {@code WRITE_DELAY}, 500 ms, later): a process
 * killed in between lost answered marks. With {@code WRITE_DELAY 0} each commit stores on its own, one after the
 * other, which cost three quarters of the mark-entry capacity. Here each committing thread waits until a
 * write-out that began after its commit has finished; one thread writes out for all that wait, so under load one
 * write-out covers every commit made while the previous one ran.
 */
final class GroupCommit<C> {

    /** Writes out everything committed so far through the given connection; returns once it is in the file. */
    interface WriteOut<C> {
        void run(C connection) throws Exception;
    }

    private final WriteOut<C> writeOut;
    private final Object lock = new Object();
    /** Commits that asked to be written out, numbered in the order they asked. */
    private long requested;
    /** Every commit up to this number is written out. */
    private long written;
    private boolean writing;

    GroupCommit(WriteOut<C> writeOut) {
        this.writeOut = writeOut;
    }

    /**
     * Call after the commit, with the committing transaction's own connection: the thread that writes out for the
     * others uses it, so it never waits for a pool whose connections the waiting commits hold. Returns once the
     * commit is written out, or throws if the write-out failed.
     */
    void awaitWrittenOut(C connection) {
        long ticket;
        synchronized (lock) {
            ticket = ++requested;
        }
        while (true) {
            long upTo;
            synchronized (lock) {
                while (written < ticket && writing) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("Interrupted before the commit was written out", e);
                    }
                }
                if (written >= ticket) {
                    return;
                }
                writing = true;
                upTo = requested;
            }
            boolean done = false;
            try {
                writeOut.run(connection);
                done = true;
            } catch (Exception e) {
                throw new IllegalStateException("The event store could not write its commits out", e);
            } finally {
                synchronized (lock) {
                    writing = false;
                    if (done) {
                        written = Math.max(written, upTo);
                    }
                    lock.notifyAll();
                }
            }
        }
    }
}
