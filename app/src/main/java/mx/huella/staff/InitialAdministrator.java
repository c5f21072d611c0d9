package mx.huella.staff;

import java.io.PrintStream;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start (no administrator yet) creates one with a random one-time password, printed
 * once to the console and never logged or stored in clear. There is no default password.
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final StaffService staff;
    private final StaffProperties properties;
    private final PrintStream console;

    InitialAdministrator(StaffService staff, StaffProperties properties) {
        this.staff = staff;
        this.properties = properties;
        this.console = System.out;
    }

    @Override
    public void run(ApplicationArguments args) {
        String username = properties.initialAdminUsername();
        Optional<String> created = staff.createInitialAdministrator(username);
        if (created.isEmpty()) {
            return;
        }
        String password = created.get();
        log.info("created the initial administrator account; its one-time password is printed on the console");
        console.println();
        console.println("==================================================================");
        console.println("  Huella: first start. Initial administrator account:");
        console.println("    user:     " + username);
        console.println("    password: " + password + "   (one-time: you must change it at first sign-in)");
        console.println("  This password is shown only now.");
        console.println("==================================================================");
        console.println();
    }
}
