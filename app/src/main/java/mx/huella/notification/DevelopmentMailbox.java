package mx.huella.notification;

/**
 * Without an SMTP server the messages stay in the outbox, marked delivered, and are read on the
 * mailbox page: a development machine needs no mail server to follow what the portal sends.
 */
final class DevelopmentMailbox implements MailDelivery {
    static final String NAME = "development-mailbox";

    @Override
    public void deliver(Mail mail) {
        // Nothing leaves the machine: the outbox row is the delivered message.
    }

    @Override
    public String name() {
        return NAME;
    }
}
