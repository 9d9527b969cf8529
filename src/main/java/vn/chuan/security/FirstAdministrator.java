package vn.chuan.security;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.chuan.shared.Messages;

/**
 * On a database without users, creates the first administrator. Its password comes from
 * {@code chuan.admin.password}, or is generated and logged once: there is no default password.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserAccounts accounts;
    private final String username;
    private final String configuredPassword;

    FirstAdministrator(UserAccounts accounts, @Value("${chuan.admin.username:admin}") String username,
            @Value("${chuan.admin.password:}") String configuredPassword) {
        this.accounts = accounts;
        this.username = username;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.noneExist()) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        accounts.create(new NewUserAccount(username, Messages.text("security.role.admin"), password, Role.ADMIN, null));
        if (generated) {
            log.warn("Created the first administrator '{}' with the generated password: {}  "
                    + "(shown only this once; set chuan.admin.password to choose it)", username, password);
        } else {
            log.info("Created the first administrator '{}' with the configured password", username);
        }
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.append(random.nextInt(10)).toString();
    }
}
