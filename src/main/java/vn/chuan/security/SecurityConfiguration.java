package vn.chuan.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String[] WRITERS = {"ADMIN", "PROVINCE", "DISTRICT", "COMMUNE"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/dang-nhap", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/error", "/favicon.svg").permitAll()
                        .requestMatchers("/quan-tri/**").hasRole("ADMIN")
                        .requestMatchers("/don-vi/nhap", "/don-vi/nhap/**", "/don-vi/*/vung-kho-khan").hasRole("ADMIN")
                        // Standard sets are the province's: only its officers and administrators change them.
                        .requestMatchers(HttpMethod.POST, "/chuan-hoa/bo-tieu-chuan/**").hasAnyRole("ADMIN", "PROVINCE")
                        // Indicators are shared by the whole province: only its officers and administrators define them.
                        .requestMatchers(HttpMethod.POST, "/muc-tieu/chi-tieu", "/muc-tieu/chi-tieu/**", "/dao-tao/chuong-trinh").hasAnyRole("ADMIN", "PROVINCE")
                        .requestMatchers(HttpMethod.POST, "/**").hasAnyRole(WRITERS)
                        .requestMatchers("/can-bo/moi", "/can-bo/*/sua", "/can-bo/*/cong-tac/**", "/can-bo/*/trinh-do/**",
                                "/nhap-du-lieu", "/nhap-du-lieu/**", "/muc-tieu/moi", "/dao-tao/lop/moi")
                        .hasAnyRole(WRITERS)
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/dang-nhap")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, exception) -> {
                            String reason = exception instanceof LockedException ? "khoa"
                                    : exception instanceof DisabledException ? "vo-hieu" : "sai";
                            response.sendRedirect(request.getContextPath() + "/dang-nhap?loi=" + reason);
                        })
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessUrl("/dang-nhap?da-thoat").permitAll())
                // Back to the page asked for after logging in, without a "?continue" marker in its address.
                .requestCache(cache -> {
                    var requestCache = new org.springframework.security.web.savedrequest.HttpSessionRequestCache();
                    requestCache.setMatchingRequestParameterName(null);
                    cache.requestCache(requestCache);
                })
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'")));
        return http.build();
    }

}
