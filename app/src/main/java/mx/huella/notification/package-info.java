/**
 * Notifications by e-mail. Other modules put a {@link mx.huella.notification.Mail} into the
 * {@link mx.huella.notification.Outbox} inside their own transaction; a dispatcher delivers it by
 * SMTP when {@code spring.mail.host} is set, or to the development mailbox page otherwise.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package mx.huella.notification;
