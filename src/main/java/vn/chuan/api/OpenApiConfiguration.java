package vn.chuan.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /api/openapi}, browsable at {@code /api/docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI chuanOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Chuẩn — API quản lý cán bộ, công chức").version("v1")
                        .description("""
                                Dữ liệu của Chuẩn cho các phần mềm khác: đơn vị, hồ sơ cán bộ (chức vụ, trình độ, kết quả \
                                chuẩn hóa), báo cáo, mục tiêu, đào tạo, đánh giá, dòng thay đổi và tệp cho CSDL quốc gia. \
                                Xác thực bằng khóa API (Authorization: Bearer chuan_…) do quản trị cấp ở trang Kết nối; \
                                khóa chỉ thấy và ghi dữ liệu trong phạm vi đơn vị của nó. Lỗi trả về dạng RFC 9457 \
                                (application/problem+json) với thông báo tiếng Việt và trường sai trong errors."""))
                .components(new Components().addSecuritySchemes("khoaApi",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description("Khóa API chuan_…")))
                .addSecurityItem(new SecurityRequirement().addList("khoaApi"));
    }
}
