package mx.huella.notification;

/** Hands one message over to wherever mail goes; throws when it could not. */
interface MailDelivery {
    void deliver(Mail mail) throws Exception;

    /** Recorded with each delivered message, e.g. {@code smtp} or {@code development-mailbox}. */
    String name();
}
