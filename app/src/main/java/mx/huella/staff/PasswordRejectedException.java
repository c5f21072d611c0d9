package mx.huella.staff;

/** A new password was refused; {@link #messageKey()} says why in the message bundles. */
public class PasswordRejectedException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] arguments;

    PasswordRejectedException(String messageKey, Object... arguments) {
        super("password rejected: " + messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
