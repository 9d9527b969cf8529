package vn.chuan.titles;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Before each request's handler, the title catalogue of this instance is brought to the database's (one read of its
 * version): a title another instance added is readable in the very next page, form or import here.
 */
@Component
class TitlesAcrossInstances implements WebMvcConfigurer, HandlerInterceptor {

    /**
     * Absent in a web slice test, which has controllers and no services. Looked up once, not at each request: resolving
     * the bean took a twentieth of an API read's time.
     */
    private final SingletonSupplier<TitleCatalogue> catalogue;

    TitlesAcrossInstances(ObjectProvider<TitleCatalogue> catalogue) {
        this.catalogue = SingletonSupplier.of(catalogue::getIfAvailable);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        TitleCatalogue titles = catalogue.get();
        if (titles != null) {
            titles.refreshIfChanged();
        }
        return true;
    }
}
