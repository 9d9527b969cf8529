package vn.chuan.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.ChuanApplication;
import vn.chuan.people.PersonRegistry;
import vn.chuan.units.Units;

/**
 * The application with its web server on a free port, on a PostgreSQL database given by URL (a cluster the test made),
 * with a test province in it; the administrator's password is {@link TwoInstances#ADMIN_PASSWORD}. Close it to stop.
 */
public final class RunningChuan implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final TestProvince province;
    private final String prefix;

    private RunningChuan(String url, String provincePrefix, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--chuan.test.keep-datasource=true", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
                "--chuan.demo.load-on-empty=false", "--chuan.admin.password=" + TwoInstances.ADMIN_PASSWORD,
                "--spring.datasource.hikari.maximum-pool-size=5"));
        args.addAll(List.of(extraArgs));
        this.context = new SpringApplicationBuilder(ChuanApplication.class).run(args.toArray(String[]::new));
        this.prefix = TestProvince.uniquePrefix(provincePrefix);
        this.province = TestProvince.create(context.getBean(Units.class), context.getBean(PersonRegistry.class),
                context.getBean(TransactionTemplate.class), prefix);
    }

    public static RunningChuan start(String url, String provincePrefix, String... extraArgs) {
        return new RunningChuan(url, provincePrefix, extraArgs);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public TestProvince province() {
        return province;
    }

    /** The codes of the test province's people begin with it. */
    public String prefix() {
        return prefix;
    }

    public String address() {
        return TwoInstances.address(context);
    }

    /** The people list of the test province. */
    public String list() {
        return address() + "/can-bo?donVi=" + province.province.id().value();
    }

    /** What the "new person" form sends: a civil servant of commune B2 from 1/7/2025. */
    public String newPersonForm(String code, String fullName, String csrf) {
        return "code=" + code + "&fullName=" + URLEncoder.encode(fullName, StandardCharsets.UTF_8)
                + "&birthDate=15/03/1990&gender=NAM&ethnicity=Kinh&unitId=" + province.communeB2.id().value()
                + "&category=CC&titleCode=VP_TK&startedOn=01/07/2025&reason=TUYEN_DUNG&_csrf=" + csrf;
    }

    @Override
    public void close() {
        SpringApplication.exit(context);
    }
}
