package org.workerscontest.shared;

/** Keys of the metadata every command carries and Axon copies onto the events it causes. */
public final class CommandMetadata {

    public static final String USER = "user";
    public static final String ROLE = "role";
    public static final String REQUEST_ID = "requestId";

    /** The user name recorded for what the application does on its own (first start, demo data). */
    public static final String SYSTEM_USER = "system";

    private CommandMetadata() {
    }
}
