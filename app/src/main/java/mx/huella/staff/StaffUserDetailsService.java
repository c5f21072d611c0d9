package mx.huella.staff;

import java.time.Clock;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads staff accounts for Spring Security. An account whose password change is due gets only
 * {@link #PASSWORD_CHANGE_DUE}, so it can reach nothing but the password page.
 */
@Component
class StaffUserDetailsService implements UserDetailsService {
    static final String PASSWORD_CHANGE_DUE = "PASSWORD_CHANGE_DUE";

    private final StaffAccountRepository accounts;
    private final Clock clock;

    StaffUserDetailsService(StaffAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("unknown staff account"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(authoritiesOf(account))
                .accountLocked(account.isLockedAt(clock.instant()))
                .disabled(!account.enabled())
                .build();
    }

    static List<SimpleGrantedAuthority> authoritiesOf(StaffAccount account) {
        if (account.passwordChangeDue()) {
            return List.of(new SimpleGrantedAuthority(PASSWORD_CHANGE_DUE));
        }
        return account.roles().stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }
}
