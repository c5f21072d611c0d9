package mx.huella.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {
    /** SMTP when Spring Boot configured a mail sender ({@code spring.mail.host}), else the development mailbox. */
    @Bean
    MailDelivery mailDelivery(
            ObjectProvider<JavaMailSender> sender,
            @Value("${huella.mail.from:no-responder@huella.example}") String from) {
        JavaMailSender smtp = sender.getIfAvailable();
        return smtp == null ? new DevelopmentMailbox() : new SmtpDelivery(smtp, from);
    }
}
