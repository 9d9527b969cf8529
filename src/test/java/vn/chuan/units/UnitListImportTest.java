package vn.chuan.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class UnitListImportTest {

    private static final LocalDate OLD_ERA = LocalDate.of(2010, 1, 1);

    @Autowired
    Units units;

    private UnitImportResult importCsv(String csv, LocalDate from) {
        return units.importOfficialList(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "ds.csv", from);
    }

    @Test
    void theOfficialListCreatesProvinceDistrictsAndCommunesAndASecondImportChangesNothing() {
        String csv = """
                DANH MỤC ĐƠN VỊ HÀNH CHÍNH;;;;;;
                Tỉnh / Thành Phố;Mã TP;Quận Huyện;Mã QH;Phường Xã;Mã PX;Cấp
                Tỉnh Bắc Kạn;81;Huyện Chợ Đồn;811;Xã Nghĩa Tá;81101;Xã
                Tỉnh Bắc Kạn;81;Huyện Chợ Đồn;811;Thị trấn Bằng Lũng;81102;Thị trấn
                Tỉnh Bắc Kạn;81;Huyện Ba Bể;812;Xã Yên Dương;81201;Xã
                """;
        UnitImportResult first = importCsv(csv, OLD_ERA);
        UnitImportResult second = importCsv(csv, OLD_ERA);

        assertThat(first.errors()).isEmpty();
        assertThat(first.created()).isEqualTo(6);
        assertThat(second.created()).isZero();
        assertThat(second.unchanged()).isEqualTo(6);
        Unit commune = units.findByCode("81102", LocalDate.of(2020, 1, 1)).orElseThrow();
        assertThat(commune.communeType()).isEqualTo(CommuneType.THI_TRAN);
        assertThat(units.get(commune.parentId()).name()).isEqualTo("Huyện Chợ Đồn");
    }

    @Test
    void codesThatLostTheirLeadingZerosGetTheLengthOfTheirLevelBackAndAreFoundAsWritten() {
        String csv = """
                Tỉnh/Thành phố,Mã TP,Quận/Huyện,Mã QH,Phường/Xã,Mã PX,Cấp
                Tỉnh Thử Số,7,Huyện Thử Số,75,Xã Thử Số,7531,Xã
                """;
        assertThat(importCsv(csv, OLD_ERA).errors()).isEmpty();
        LocalDate on = LocalDate.of(2020, 1, 1);
        assertThat(units.findByCode("07", on)).get().satisfies(u -> assertThat(u.name()).isEqualTo("Tỉnh Thử Số"));
        assertThat(units.findByCode("075", on)).isPresent();
        assertThat(units.findByCode("07531", on)).isPresent();
        // A commune code typed into a number cell by the people who send the lists.
        assertThat(units.findByCodeAsWritten("7531", on)).get().satisfies(u -> assertThat(u.code()).isEqualTo("07531"));
        // "7" can only be the province 07 (no district 007, no commune 00007); "75" only the district 075.
        assertThat(units.findByCodeAsWritten("7", on)).get().satisfies(u -> assertThat(u.level()).isEqualTo(UnitLevel.PROVINCE));
        assertThat(units.findByCodeAsWritten("75", on)).get().satisfies(u -> assertThat(u.level()).isEqualTo(UnitLevel.DISTRICT));
    }

    @Test
    void aListWithoutDistrictsMovesCommunesUnderTheProvinceFromItsDateAndKeepsTheirPast() {
        importCsv("""
                Tỉnh/Thành phố,Mã TP,Quận/Huyện,Mã QH,Phường/Xã,Mã PX,Cấp
                Tỉnh Cao Bằng,04,Huyện Hòa An,041,Xã Bế Triều,04101,Xã
                """, OLD_ERA);
        UnitImportResult reform = importCsv("""
                Tỉnh/Thành phố,Mã TP,Quận/Huyện,Mã QH,Phường/Xã,Mã PX,Cấp
                Tỉnh Cao Bằng,04,,,Xã Hòa An,04101,Xã
                """, LocalDate.of(2025, 7, 1));

        assertThat(reform.errors()).isEmpty();
        Unit before = units.findByCode("04101", LocalDate.of(2025, 6, 30)).orElseThrow();
        Unit after = units.findByCode("04101", LocalDate.of(2025, 7, 1)).orElseThrow();
        assertThat(before.name()).isEqualTo("Xã Bế Triều");
        assertThat(before.successorId()).isEqualTo(after.id());
        assertThat(after.name()).isEqualTo("Xã Hòa An");
        assertThat(units.get(after.parentId()).level()).isEqualTo(UnitLevel.PROVINCE);
    }

    @Test
    void aFileWithErrorsIsReportedRowByRowAndWritesNothing() {
        UnitImportResult result = importCsv("""
                Tỉnh/Thành phố,Mã TP,Quận/Huyện,Mã QH,Phường/Xã,Mã PX,Cấp
                Tỉnh Lỗi,77,Huyện A,771,Xã Một,77101,Xã
                Tỉnh Lỗi,77,Huyện A,771,Xã Hai,,Làng
                """, OLD_ERA);

        assertThat(result.errors()).containsExactly("Dòng 3, cột Mã PX: mã '' không hợp lệ",
                "Dòng 3, cột Cấp: 'Làng' không phải Xã, Phường, Thị trấn hay Đặc khu");
        assertThat(units.findByCode("77101", LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void aMissingColumnAWrongEncodingOrANonSpreadsheetIsRefusedClearly() {
        assertThat(importCsv("Tỉnh,Mã TP\nA,1\n", OLD_ERA).errors()).contains("Thiếu cột bắt buộc: Phường/Xã");
        byte[] windows1258 = "Tỉnh/Thành phố,Mã TP,Phường/Xã,Mã PX,Cấp\nTỉnh Hà Giang,02,Xã Đồng Văn,02001,Xã\n"
                .getBytes(Charset.forName("windows-1258"));
        assertThat(units.importOfficialList(new ByteArrayInputStream(windows1258), "ds.csv", OLD_ERA).errors())
                .singleElement().asString().contains("không được mã hóa UTF-8");
        byte[] binary = {0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02};
        assertThat(units.importOfficialList(new ByteArrayInputStream(binary), "ds.pdf", OLD_ERA).errors())
                .singleElement().asString().contains("không phải là bảng tính");
        assertThat(importCsv("", OLD_ERA).errors()).containsExactly("Tệp rỗng: không có dòng tiêu đề.");
    }
}
