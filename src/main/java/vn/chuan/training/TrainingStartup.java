package vn.chuan.training;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.chuan.security.UserScope;

/**
 * A starter catalogue on a database without programmes (before the demo opens classes): one
 * programme of each kind the seeds count, as a province's school of politics and departments run them.
 */
@Component
@Order(7)
class TrainingStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TrainingStartup.class);

    static final List<Programme.Definition> STARTER = List.of(
            new Programme.Definition("TC-LLCT", "Trung cấp lý luận chính trị - hành chính", "LLCT", "llct", "TRUNG_CAP", 240,
                    "Trường Chính trị tỉnh"),
            new Programme.Definition("SC-LLCT", "Sơ cấp lý luận chính trị", "LLCT", "llct", "SO_CAP", 30, "Trung tâm chính trị cấp huyện"),
            new Programme.Definition("DH-LUAT", "Đại học Luật (vừa làm vừa học)", "CHUYEN_MON", "chuyen_mon", "DAI_HOC", 1095,
                    "Trường Đại học Luật"),
            new Programme.Definition("QLNN-CV", "Bồi dưỡng quản lý nhà nước ngạch chuyên viên", "QLNN", "qlnn", "CHUYEN_VIEN", 40,
                    "Trường Chính trị tỉnh"),
            new Programme.Definition("VTVL-TPHT", "Bồi dưỡng theo vị trí việc làm: Tư pháp - hộ tịch", "VTVL", null, null, 10,
                    "Sở Tư pháp"),
            new Programme.Definition("LD-XA", "Bồi dưỡng kỹ năng lãnh đạo, quản lý cấp xã", "LANH_DAO", null, null, 10, "Sở Nội vụ"),
            new Programme.Definition("QPAN-DT4", "Bồi dưỡng kiến thức quốc phòng - an ninh đối tượng 4", "QPAN", "qpan", "DOI_TUONG_4", 10,
                    "Bộ Chỉ huy Quân sự tỉnh"),
            new Programme.Definition("TH-CB", "Ứng dụng công nghệ thông tin cơ bản", "TIN_HOC_NGOAI_NGU", "tin_hoc", "CO_BAN", 30,
                    "Sở Thông tin và Truyền thông"),
            new Programme.Definition("HDND-XA", "Bồi dưỡng đại biểu Hội đồng nhân dân cấp xã", "DAI_BIEU_HDND", null, null, 5,
                    "Thường trực HĐND tỉnh"));

    private final Training training;
    private final TransactionTemplate transaction;

    TrainingStartup(Training training, TransactionTemplate transaction) {
        this.training = training;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (training.programmes().isEmpty()) {
            transaction.executeWithoutResult(status -> STARTER.forEach(d -> training.defineProgramme(UserScope.everything(true), d)));
            log.info("Seeded {} training programmes", STARTER.size());
        }
    }
}
