package vn.chuan.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import vn.chuan.shared.Messages;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    private static final String[] WRITERS = {"ADMIN", "PROVINCE", "DISTRICT", "COMMUNE"};

    /**
     * The REST API: a bearer token or the browser's session; answers in problem details instead of
     * redirecting to the login page; no CSRF token asked of a program that sends its own token.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiClients clients) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/openapi", "/api/openapi/**", "/api/docs", "/api/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .anyRequest().hasAnyRole(WRITERS))
                .addFilterBefore(new ApiTokenFilter(clients),
                        AnonymousAuthenticationFilter.class)
                // Only a bearer token exempts from CSRF (ApiTokenFilter then authenticates it or answers 401):
                // a request that rides on the browser's session needs the token, whatever other header it carries.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> {
                    String authorization = request.getHeader("Authorization");
                    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
                }))
                // A program is not sent back to a page after logging in, nor logs out here.
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ApiProblemResponses.write(response, 401,
                                Messages.text("security.problem.unauthenticated"), Messages.text("security.problem.unauthenticatedDetail")))
                        .accessDeniedHandler((request, response, e) -> {
                            if (e instanceof CsrfException) {
                                ApiProblemResponses.write(response, 403, Messages.text("security.problem.csrf"),
                                        Messages.text("security.problem.csrfDetail"));
                            } else {
                                ApiProblemResponses.write(response, 403, Messages.text("security.problem.forbidden"),
                                        Messages.text("security.problem.forbiddenDetail"));
                            }
                        }));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.addFilterBefore(new ThrottledLoginFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/dang-nhap", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/error", "/favicon.svg").permitAll()
                        .requestMatchers("/quan-tri/**").hasRole("ADMIN")
                        .requestMatchers("/don-vi/nhap", "/don-vi/nhap/**", "/don-vi/*/vung-kho-khan").hasRole("ADMIN")
                        // Province-wide settings: mirrors ProvinceSetting (the facades enforce it; this answers 403 early).
                        .requestMatchers(HttpMethod.POST, "/chuan-hoa/bo-tieu-chuan/**", "/muc-tieu/chi-tieu", "/muc-tieu/chi-tieu/**",
                                "/muc-tieu/ke-hoach", "/dao-tao/chuong-trinh", "/dao-tao/lop", "/luan-chuyen/thoi-han")
                        .hasAnyRole("ADMIN", "PROVINCE")
                        .requestMatchers("/dao-tao/lop/moi").hasAnyRole("ADMIN", "PROVINCE")
                        .requestMatchers(HttpMethod.POST, "/**").hasAnyRole(WRITERS)
                        .requestMatchers("/can-bo/moi", "/can-bo/*/sua", "/can-bo/*/cong-tac/**", "/can-bo/*/trinh-do/**",
                                "/nhap-du-lieu", "/nhap-du-lieu/**", "/muc-tieu/moi")
                        .hasAnyRole(WRITERS)
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/dang-nhap")
                        .defaultSuccessUrl("/", false)
                        // One answer for a wrong password, an unknown name, a disabled account and a throttled attempt (ASVS 2.2).
                        .failureHandler((request, response, exception) -> ThrottledLoginFilter.refuse(request, response))
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessUrl("/dang-nhap?da-thoat").permitAll())
                // Back to the page asked for after logging in, without a "?continue" marker in its address.
                .requestCache(cache -> {
                    var requestCache = new HttpSessionRequestCache();
                    requestCache.setMatchingRequestParameterName(null);
                    cache.requestCache(requestCache);
                })
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'"))
                        // Addresses carry ids and filters of personal data: they do not leave for other sites.
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

}
