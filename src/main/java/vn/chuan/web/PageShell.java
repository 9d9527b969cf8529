package vn.chuan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

import vn.chuan.due.Reminders;
import vn.chuan.units.Units;

/**
 * What the layout of every page shows — the user, the reminder bell, today, a unit asked outside the scope — added to
 * the views a controller renders, after it ran (what it set itself stays). As model attributes of a controller advice
 * they were computed for every request, the API's answers and the redirects included: an eighth of an API read.
 */
@Configuration(proxyBeanMethods = false)
class PageShell implements WebMvcConfigurer, HandlerInterceptor {

    private final Clock clock;
    /** Absent from web slices. */
    private final SingletonSupplier<Reminders> reminders;
    private final OutOfScopeNotice scopeNotice;

    PageShell(Clock clock, ObjectProvider<Reminders> reminders, ObjectProvider<Units> units) {
        this.clock = clock;
        this.reminders = SingletonSupplier.of(reminders::getIfAvailable);
        this.scopeNotice = new OutOfScopeNotice(units);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || view.getView() instanceof RedirectView || view.getViewName() != null && view.getViewName().startsWith("redirect:")) {
            return;
        }
        Map<String, Object> model = view.getModel();
        var user = WebShellAdvice.signedIn();
        model.putIfAbsent("currentUser", user);
        model.putIfAbsent("bell", new ReminderBell(reminders.get(), user == null ? null : user.getUsername()));
        model.putIfAbsent("today", LocalDate.now(clock));
        model.putIfAbsent("scopeNotice", scopeNotice.of(request.getParameter("donVi")));
    }
}
