package vn.chuan.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.chuan.shared.Messages;

/** The OpenAPI document at {@code /api/openapi}, browsable at {@code /api/docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI chuanOpenApi() {
        return new OpenAPI()
                .info(new Info().title(Messages.text("api.docs.title")).version("v1")
                        .description(Messages.text("api.docs.description")))
                .components(new Components().addSecuritySchemes("khoaApi",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description(Messages.text("api.docs.token"))))
                .addSecurityItem(new SecurityRequirement().addList("khoaApi"));
    }
}
