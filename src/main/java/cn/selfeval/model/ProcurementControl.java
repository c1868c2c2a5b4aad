package cn.selfeval.model;

import java.time.LocalDate;

/**
 * A procurement internal-control document (政府采购内部控制制度) and whether it separates the duties of
 * requirement-setting, procurement and acceptance (财库〔2016〕99号 不相容岗位分离).
 *
 * @param separatesDuties whether it assigns 采购需求、采购执行、履约验收 to separate posts
 */
public record ProcurementControl(String documentNumber, String name, LocalDate issuedOn, boolean separatesDuties)
        implements Fact {

    @Override
    public String factKind() {
        return "采购内控制度";
    }

    @Override
    public String factId() {
        return documentNumber;
    }

    @Override
    public String factName() {
        return name;
    }

    public int issuedYear() {
        return issuedOn.getYear();
    }
}
