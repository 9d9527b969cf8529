package vn.chuan.api;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.chuan.shared.Messages;

/** Any other address under /api/v1 answers a problem, not the HTML page a browser would get. */
@RestController
@Hidden
class UnknownAddressApi {

    @RequestMapping("/api/v1/**")
    void unknown() {
        throw new ApiNotFoundException(Messages.text("api.unknownAddress"));
    }
}
