package vn.chuan.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files at their own addresses only: the style sheets, scripts, icon and webjars (versionless webjar links get
 * their version from the resource chain). Spring Boot's default also serves {@code /**} from the classpath, and then
 * writing any link of a page ({@code /can-bo/123?…}) asked the class path whether such a file exists: a third of the
 * server's time under 50 users (spring.web.resources.add-mappings=false leaves that mapping out).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                // Their addresses carry the version: kept by browsers for a year.
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic()).resourceChain(true);
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
        registry.addResourceHandler("/favicon.svg").addResourceLocations("classpath:/static/").resourceChain(true);
    }
}
